/**
 * Events of calls as earlier versions of the SaaSus specs shaped them, built from the committed
 * history digest (spec-model/history.json): the operation as that version had it (method, path,
 * body schemas) and bodies made of that version's schemas, with the required properties only or
 * with every property the version had.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HistoryDigest, OperationState, SchemaHistory } from '../../scripts/import/history-format.js';
import { isAbsent } from '../../scripts/import/history-format.js';
import { canonicalEventType } from '../../scripts/lib/names.js';
import { isSuccessStatus } from '../../src/envelope/event-format.js';

type Json = Record<string, unknown>;
type Present = Exclude<OperationState, { absent: true }>;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function committedHistory(): HistoryDigest {
  return JSON.parse(readFileSync(join(root, 'spec-model', 'history.json'), 'utf8')) as HistoryDigest;
}

export function basePathOf(api: string): string {
  return (JSON.parse(readFileSync(join(root, 'spec-model', 'apis', `${api}.json`), 'utf8')) as { basePath: string }).basePath;
}

/** The state of a timeline in effect on `date`. */
export function stateAt<S extends { readonly from: string }>(history: readonly S[], date: string): S | undefined {
  let at: S | undefined;
  for (const state of history) if (state.from <= date) at = state;
  return at;
}

/** Builds sample values of one API's schemas as they were on one day. */
export class HistoricalSampler {
  constructor(
    private readonly schemas: Readonly<Record<string, SchemaHistory>>,
    private readonly date: string,
    private readonly allFields: boolean,
  ) {}

  /** A value of a type of the digest's vocabulary; `place` names inline objects. */
  value(type: string, key: string, place: string, stack: readonly string[] = []): unknown {
    if (type.endsWith('[]')) {
      const item = this.value(type.slice(0, -2), key, `${place}[]`, stack);
      return item === undefined ? [] : [item];
    }
    if (/^record<.*>$/.test(type)) return {};
    const enumeration = /^enum\(([^|)]*)/.exec(type);
    if (enumeration !== null) return enumeration[1];
    if (type.includes('|')) return this.value(type.split('|')[0]!, key, place, stack);
    switch (type) {
      case 'string':
        return /(^|_)id$/.test(key) ? '00000000-0000-4000-8000-000000000000' : 'string';
      case 'number':
        return 0;
      case 'boolean':
        return false;
      case 'unknown':
        return {};
      case 'object':
        return this.object(place, stack) ?? {};
      default:
        return stack.includes(type) ? undefined : this.named(type, key, [...stack, type]);
    }
  }

  /** A value of a named schema as it was on the day; `undefined` for a self-reference. */
  named(name: string, key: string, stack: readonly string[]): unknown {
    const schema = this.schemas[name];
    if (schema === undefined) throw new Error(`no schema ${name} in the history`);
    const state = stateAt(schema.history, this.date) ?? schema.history.find((s) => !isAbsent(s));
    if (state === undefined || isAbsent(state)) throw new Error(`schema ${name} absent on ${this.date}`);
    if (state.type !== 'object') return this.value(state.type, key, name, stack);
    return this.object(name, stack);
  }

  private object(place: string, stack: readonly string[]): Json | undefined {
    const schema = this.schemas[place];
    if (schema === undefined) return undefined;
    const out: Json = {};
    for (const [name, property] of Object.entries(schema.properties)) {
      const state = stateAt(property.history, this.date);
      if (state === undefined || isAbsent(state)) continue;
      if (!state.required && !this.allFields) continue;
      const value = this.value(state.type, name, `${place}.${name}`, stack);
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
}

export interface HistoricalCall {
  readonly api: string;
  readonly date: string;
  readonly allFields: boolean;
  readonly state: Present;
  readonly event: Json;
}

/** An EventBridge event (object form) of one call. */
export function callEvent(options: {
  readonly eventType: string;
  readonly method: string;
  readonly uri: string;
  readonly status: string;
  readonly date: string;
  readonly request?: unknown;
  readonly response?: unknown;
}): Json {
  const dateTime = `${options.date}T09:00:00Z`;
  return {
    version: '0',
    id: '11111111-1111-4111-8111-111111111111',
    'detail-type': 'api_call',
    source: 'aws.partner/saasus.io/00000000-0000-4000-8000-000000000000-1/event',
    account: '123456789012',
    time: dateTime,
    region: 'ap-northeast-1',
    resources: [],
    detail: {
      event_type: options.eventType,
      trace_id: '22222222-2222-4222-8222-222222222222',
      event: {
        log_id: '33333333-3333-4333-8333-333333333333',
        date_time: dateTime,
        date: options.date,
        ttl: '2033-01-01T00:00:00Z',
        http_status: options.status,
        uri: options.uri,
        ip_address: '127.0.0.1:44896',
        referer: 'https://saasadmin.console.saasus.io/',
        request_method: options.method,
        saas_id: 'sample_saas_id_sample',
        api_key: 'sample_api_key_sample',
        request_body: options.request ?? '',
        response_body: options.response ?? '',
      },
    },
  };
}

/**
 * For every API and every version of it in effect since events began, a call of every writing
 * (not GET) operation that version had, with bodies of that version's schemas: required
 * properties only, and every property.
 */
export function historicalCalls(digest: HistoryDigest = committedHistory()): HistoricalCall[] {
  const calls: HistoricalCall[] = [];
  for (const [api, history] of Object.entries(digest.apis)) {
    const basePath = basePathOf(api);
    const dates = history.versions.map((v) => v.date).filter((d, i, all) => d >= digest.eventsBegan || all[i + 1] === undefined || all[i + 1]! > digest.eventsBegan);
    for (const date of dates) {
      for (const [operationId, operation] of Object.entries(history.operations)) {
        // Before its API's first docs spec, an operation is assumed as first recorded where the
        // SDK models show its body schemas already (bodySchemasKnownSince).
        const known = operation.bodySchemasKnownSince !== null && operation.bodySchemasKnownSince <= date;
        const state = stateAt(operation.history, date) ?? (known ? operation.history[0] : undefined);
        if (state === undefined || isAbsent(state) || state.method === 'GET') continue;
        const status = Object.keys(state.responses).find(isSuccessStatus) ?? Object.keys(state.responses)[0]!;
        for (const allFields of [false, true]) {
          const sampler = new HistoricalSampler(history.schemas, date, allFields);
          const body = (type: string | null | undefined): unknown => (type === null || type === undefined ? '' : sampler.value(type, 'body', type));
          const uri = basePath + state.path.replace(/\{([^}]+)\}/g, (_, name: string) => (name.endsWith('id') ? '00000000-0000-4000-8000-000000000000' : 'sample'));
          const event = callEvent({
            eventType: canonicalEventType(operationId),
            method: state.method,
            uri,
            status,
            date: date < digest.eventsBegan ? digest.eventsBegan : date,
            request: body(state.request?.type),
            response: body(state.responses[status]),
          });
          calls.push({ api, date, allFields, state, event });
        }
      }
    }
  }
  return calls;
}
