/**
 * What the specs' history (spec-model/history.json, `npm run import:history`) means for the
 * generated catalogue: an event is shaped by the spec of the day of its call, so a field is
 * required only if every version since events began required it, a body only if every version
 * sent it, and operations that were removed or moved stay known under their old paths.
 *
 * Required-ness is judged per schema (in every version in effect since events began in which the
 * schema exists: the digest's `alwaysRequired`), and again per operation where the schema of a
 * body changed (auth `CreateSaasUser` answered a `SaasUser` before it answered a
 * `CreatedSaasUser`): a property of today's body schema is then required only if the body of
 * every version required it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ApiHistory,
  type HistoryDigest,
  HistoryDigestSchema,
  type OperationState,
  type PropertyHistory,
  digestProblems,
  isAbsent,
} from '../import/history-format.js';
import { fail } from './fail.js';
import { type IR, type ObjectIR, qualify } from './ir.js';

/** The digest's file, relative to the spec model folder. */
export const HISTORY_FILE = 'history.json';

/** Reads and checks the committed digest of a spec model folder. */
export function readHistoryDigest(modelDir: string): HistoryDigest {
  const file = join(modelDir, HISTORY_FILE);
  if (!existsSync(file)) fail(`spec model: ${file} is missing; run \`npm run import:history\` (it needs the specs' history) and commit it`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`spec model: ${file} is not JSON: ${(e as Error).message}`);
  }
  const parsed = HistoryDigestSchema.safeParse(json);
  if (!parsed.success) fail(`spec model: ${file} is not a history digest: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const problems = digestProblems(parsed.data);
  if (problems.length > 0) fail(`spec model: ${file} has ${problems.length} problem(s): ${problems.slice(0, 5).join('; ')}`);
  return parsed.data;
}

/** A property of an earlier version that today's schema lacks. */
export interface GoneProperty {
  /** The first version without it. */
  readonly date: string;
  /** Its type in the last version that had it (references qualified by API). */
  readonly ir: IR;
}

/** An operation of an earlier version: removed from its API, or an old path of a moved one. */
export interface HistoricalOperation {
  readonly operationId: string;
  readonly method: string;
  /** Relative to the API's base path. */
  readonly path: string;
  /** The first version without it (at that path). */
  readonly until: string;
  /** Body types of the last version that had it: a schema name of the API, `null` for no body. */
  readonly request: string | null;
  readonly requestRequired: boolean;
  readonly responses: ReadonlyArray<readonly [string, string | null]>;
}

/** Body facts of one of today's operations. */
export interface OperationBodies {
  /** The request body was declared and marked required in every version. */
  readonly requestAlwaysRequired: boolean;
  /** When the request body is required today but not always: since when. */
  readonly requestSince: string | undefined;
  /** Success statuses whose body today's spec declares but earlier versions did not: since when. */
  readonly responseSince: ReadonlyMap<string, string>;
}

/** A property of a body schema that an earlier body schema of the same operation did not require. */
export interface BodyRelaxation {
  readonly schema: string;
  readonly property: string;
  readonly since: string;
  /** The operation and body through which it was found (for the report). */
  readonly via: string;
}

/** The history of one API, read for the generator. */
export class ApiHistoryRules {
  readonly api: string;
  private readonly history: ApiHistory | undefined;
  readonly eventsBegan: string;
  /** Extra per-schema relaxations found through operations' body changes. */
  private readonly bodyRelaxations = new Map<string, Map<string, string>>();

  constructor(api: string, digest: HistoryDigest | undefined) {
    this.api = api;
    this.history = digest?.apis[api];
    this.eventsBegan = digest?.eventsBegan ?? '0000-00-00';
    if (digest !== undefined && this.history === undefined) fail(`history.json has no API ${api}: run \`npm run import:history\``);
  }

  get known(): boolean {
    return this.history !== undefined;
  }

  addBodyRelaxation(r: BodyRelaxation): void {
    const props = this.bodyRelaxations.get(r.schema) ?? new Map<string, string>();
    const before = props.get(r.property);
    if (before === undefined || r.since > before) props.set(r.property, r.since);
    this.bodyRelaxations.set(r.schema, props);
  }

  /**
   * `ir` (the component `name` of today's spec, or a place inside it such as
   * `TenantIdentityProviders.saml`) with the history applied to every object in it: required
   * properties not always required become optional with their date in `since`, and properties
   * of earlier versions join `gone`.
   */
  apply(ir: IR, place: string): IR {
    switch (ir.k) {
      case 'prim':
      case 'ref':
      case 'enum':
        return ir;
      case 'array':
        return { ...ir, items: this.apply(ir.items, `${place}[]`) };
      case 'anyOf':
        return { ...ir, options: ir.options.map((o) => this.apply(o, place)) };
      case 'nullable':
        return { ...ir, inner: this.apply(ir.inner, place) };
      case 'object':
        return this.applyObject(ir, place);
    }
  }

  private applyObject(ir: ObjectIR, place: string): ObjectIR {
    const schema = this.history?.schemas[place];
    const props = new Map([...ir.props].map(([name, prop]) => [name, this.apply(prop, `${place}.${name}`)]));
    if (schema === undefined) return { ...ir, props };
    const since = new Map(ir.since);
    const relaxedByBody = this.bodyRelaxations.get(place);
    for (const name of ir.required) {
      const property = schema.properties[name];
      if (property === undefined) fail(`history.json: ${this.api}.${place} has no property ${name}, which today's spec requires: run \`npm run import:history\``);
      if (!property.alwaysRequired) since.set(name, property.requiredSince ?? property.since);
      const byBody = relaxedByBody?.get(name);
      if (byBody !== undefined) {
        const date = since.get(name);
        since.set(name, date === undefined || byBody > date ? byBody : date);
      }
    }
    const gone = new Map(ir.gone);
    for (const [name, property] of Object.entries(schema.properties)) {
      if (props.has(name) || property.gone === null || property.gone <= this.eventsBegan) continue;
      gone.set(name, { date: property.gone, ir: this.irOfType(lastType(property)) });
    }
    return { ...ir, props, required: ir.required.filter((name) => !since.has(name)), since, gone };
  }

  /** Whether the schema's own history (not a body change) makes `property` of `place` optional. */
  requiredLaterInSchema(place: string, property: string): boolean {
    const history = this.history?.schemas[place]?.properties[property];
    return history !== undefined && !history.alwaysRequired;
  }

  /** The IR of a type of the digest's vocabulary (`string`, `Tenant[]`, `record<string>`, `enum(a|b)`, …). */
  irOfType(type: string): IR {
    const ex = undefined;
    if (type.endsWith('[]')) return { k: 'array', items: this.irOfType(type.slice(0, -2)), ex };
    const record = /^record<(.*)>$/.exec(type);
    if (record !== null) {
      return { k: 'object', props: new Map(), required: [], rest: this.irOfType(record[1]!), includes: [], since: new Map(), gone: new Map(), ex };
    }
    const enumeration = /^enum\((.*)\)$/.exec(type);
    if (enumeration !== null) return { k: 'enum', values: enumeration[1]!.split('|'), ex };
    if (type.includes('|')) return { k: 'anyOf', options: type.split('|').map((t) => this.irOfType(t)), ex };
    switch (type) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'unknown':
        return { k: 'prim', t: type, ex };
      case 'object':
        return { k: 'object', props: new Map(), required: [], rest: { k: 'prim', t: 'unknown', ex }, includes: [], since: new Map(), gone: new Map(), ex };
      default:
        return { k: 'ref', to: qualify(this.api, type), ex };
    }
  }

  /**
   * A schema of an earlier version that today's spec lacks (`AllowedIps`), as its last version
   * had it; `undefined` when the digest does not know it.
   */
  goneSchema(name: string): IR | undefined {
    const schema = this.history?.schemas[name];
    if (schema === undefined || schema.gone === null) return undefined;
    const props = new Map<string, IR>();
    const required: string[] = [];
    for (const [prop, property] of Object.entries(schema.properties)) {
      const state = lastPresent(property);
      if (state === undefined) continue;
      props.set(prop, this.irOfType(state.type));
      if (state.required) required.push(prop);
    }
    return { k: 'object', props, required, rest: undefined, includes: [], since: new Map(), gone: new Map(), ex: undefined };
  }

  /** The states of an operation in effect since events began (absent ones left out). */
  private counted(operationId: string): Array<Exclude<OperationState, { absent: true }>> {
    const history = this.history?.operations[operationId]?.history ?? [];
    return history.filter((state, i): state is Exclude<OperationState, { absent: true }> => {
      const next = history[i + 1];
      return !isAbsent(state) && (next === undefined || next.from > this.eventsBegan);
    });
  }

  /**
   * The body facts of today's operation, and the properties its body schemas' changes relax
   * (registered with {@link addBodyRelaxation} by the caller).
   */
  operationBodies(
    operationId: string,
    today: { readonly request: string | undefined; readonly requestRequired: boolean; readonly responses: ReadonlyArray<readonly [string, string | undefined | null]> },
    requiredOf: (schema: string) => readonly string[],
  ): { bodies: OperationBodies; relaxations: BodyRelaxation[] } {
    const operation = this.history?.operations[operationId];
    if (operation === undefined) {
      return { bodies: { requestAlwaysRequired: today.requestRequired, requestSince: undefined, responseSince: new Map() }, relaxations: [] };
    }
    const states = this.counted(operationId);
    const requestAlwaysRequired = operation.request?.alwaysRequired === true;
    const requestSince =
      today.requestRequired && !requestAlwaysRequired ? (operation.request?.requiredSince ?? operation.request?.since) : undefined;
    const responseSince = new Map<string, string>();
    for (const [status, body] of today.responses) {
      if (!status.startsWith('2') || body === null || body === undefined) continue;
      const since = finalRun(states, (s) => s.responses[status] !== null && s.responses[status] !== undefined);
      if (since !== undefined && since !== states[0]?.from) responseSince.set(status, since);
    }
    const relaxations: BodyRelaxation[] = [];
    const slots: Array<[string, string | undefined, (s: (typeof states)[number]) => string | null | undefined]> = [
      ['request', today.request, (s) => s.request?.type ?? null],
      ...today.responses.map(([status, body]): [string, string | undefined, (s: (typeof states)[number]) => string | null | undefined] => [
        status,
        body ?? undefined,
        (s) => s.responses[status],
      ]),
    ];
    for (const [slot, schema, bodyOf] of slots) {
      if (schema === undefined) continue;
      const withBody = states.filter((s) => typeof bodyOf(s) === 'string');
      if (withBody.every((s) => bodyOf(s) === schema)) continue;
      for (const property of requiredOf(schema)) {
        const since = this.requiredThroughBodies(withBody, bodyOf, property);
        if (since !== undefined) relaxations.push({ schema, property, since, via: `${operationId} ${slot}` });
      }
    }
    return { bodies: { requestAlwaysRequired, requestSince, responseSince }, relaxations };
  }

  /**
   * Since when `property` is required in the body of every state (the start of the final run),
   * or `undefined` when it always was.
   */
  private requiredThroughBodies(
    states: ReadonlyArray<Exclude<OperationState, { absent: true }>>,
    bodyOf: (s: Exclude<OperationState, { absent: true }>) => string | null | undefined,
    property: string,
  ): string | undefined {
    const dates = new Set<string>();
    states.forEach((s, i) => {
      dates.add(i === 0 && s.from < this.eventsBegan ? this.eventsBegan : s.from);
      const body = bodyOf(s);
      const history = body === null || body === undefined ? undefined : this.history?.schemas[body]?.properties[property]?.history;
      for (const h of history ?? []) dates.add(h.from);
    });
    const sorted = [...dates].filter((d) => d >= this.eventsBegan || d === states[0]?.from).sort();
    const requiredAt = (date: string): boolean => {
      let state = states[0];
      for (const s of states) if (s.from <= date) state = s;
      const body = state === undefined ? undefined : bodyOf(state);
      if (body === null || body === undefined) return false;
      const history = this.history?.schemas[body]?.properties[property]?.history ?? [];
      let at: (typeof history)[number] | undefined;
      for (const h of history) if (h.from <= date) at = h;
      return at !== undefined && !isAbsent(at) && at.required;
    };
    let start: string | undefined;
    for (let i = sorted.length - 1; i >= 0 && requiredAt(sorted[i]!); i--) start = sorted[i];
    if (start === sorted[0]) return undefined;
    return start ?? sorted[sorted.length - 1];
  }

  /** Operations of earlier versions: removed ones and old paths of moved ones. */
  historicalOperations(): HistoricalOperation[] {
    const out: HistoricalOperation[] = [];
    for (const [operationId, operation] of Object.entries(this.history?.operations ?? {})) {
      const history = operation.history;
      history.forEach((state, i) => {
        if (isAbsent(state)) return;
        const next = history[i + 1];
        const current = operation.gone === null && state.method === operation.method && state.path === operation.path;
        if (current) return;
        // The last state at this method and path: the next one is absent or elsewhere.
        const until = next === undefined ? undefined : isAbsent(next) || next.method !== state.method || next.path !== state.path ? next.from : undefined;
        if (until === undefined || until <= this.eventsBegan) return;
        out.push({
          operationId,
          method: state.method,
          path: state.path,
          until,
          request: state.request?.type ?? null,
          requestRequired: state.request?.required === true,
          responses: Object.entries(state.responses),
        });
      });
    }
    return out;
  }
}

function lastPresent(property: PropertyHistory): Extract<PropertyHistory['history'][number], { required: boolean }> | undefined {
  for (let i = property.history.length - 1; i >= 0; i--) {
    const state = property.history[i]!;
    if (!isAbsent(state)) return state;
  }
  return undefined;
}

function lastType(property: PropertyHistory): string {
  return lastPresent(property)?.type ?? 'unknown';
}

/** The start of the final run of states passing `test`; `undefined` when the last fails it. */
function finalRun<S extends { readonly from: string }>(states: readonly S[], test: (s: S) => boolean): string | undefined {
  let start: string | undefined;
  for (let i = states.length - 1; i >= 0 && test(states[i]!); i--) start = states[i]!.from;
  return start;
}
