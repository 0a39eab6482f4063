import { catalogueIndex, catalogueOperations, shapeNamed } from '../catalogue/catalogue.js';
import type { OperationEntry } from '../catalogue/operation.js';
import {
  ENVELOPE_FIELDS,
  HTTP_STATUS_PATTERN,
  LOG_BODY_FIELDS,
  LOG_FIELDS,
  LOG_STRING_FIELDS,
  SAASUS_DETAIL_TYPE,
  SAASUS_SOURCE_PREFIX,
  SUCCESS_STATUS_PATTERN,
  isSuccessStatus,
} from '../envelope/event-format.js';
import type { SaasusEventType } from '../envelope/types.js';
import { defRef, jsonSchemaFromShape, type JsonSchema } from './from-shape.js';
import { eventTypePattern } from './event-type-pattern.js';
import { createUriPatterns } from './uri-pattern.js';

export type { JsonSchema } from './from-shape.js';

/**
 * Which form of an event a JSON Schema describes:
 * - `decoded`: what `parseEvent` returns, as JSON (`detail.event` an object, bodies decoded, an
 *   empty body absent);
 * - `raw`: the event as EventBridge delivers it, in either SaaSus form: `detail.event` an object
 *   or a JSON string, each body a JSON value, a JSON string, `""` or `null`.
 *
 * @example
 * ```ts
 * const form: JsonSchemaForm = 'raw';
 * ```
 */
export type JsonSchemaForm = 'decoded' | 'raw';

/**
 * Options of {@link toJsonSchema}.
 *
 * @example
 * ```ts
 * const options: JsonSchemaOptions = { eventType: 'create_tenant', form: 'raw' };
 * ```
 */
export interface JsonSchemaOptions {
  /** Describe only this event type's successful calls (like `getEventSchema`); all events when absent. */
  readonly eventType?: SaasusEventType;
  /** `decoded` (the default) or `raw`. */
  readonly form?: JsonSchemaForm;
}

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/**
 * Builds a JSON Schema (draft 2020-12) of SaaSus events, for tools outside TypeScript: validators
 * in other languages, code generators, documentation. Component schemas of the SaaSus APIs are
 * shared in `$defs` under their OpenAPI names; each operation's successful call is
 * `$defs['<api>.<operationId>']` (an old path of a moved operation: `'<api>.<operationId>.earlier'`).
 *
 * Without `eventType` the schema accepts exactly what `parseEvent` accepts outside strict mode,
 * by the decoder's own rules: the operation is the one `request_method` (compared exactly) and
 * `uri` name, `event_type` belongs to it in any spelling (underscores and case ignored), and the
 * bodies of such a call are checked against that operation's schemas for its `http_status`. A
 * call of no known operation, or whose `event_type` names another one, has its bodies unchecked.
 * With `eventType` it describes that type's successful calls, like `getEventSchema`.
 *
 * In the `raw` form, JSON strings are described with `contentMediaType: application/json` and
 * `contentSchema`: a validator checks what is inside them only if it supports content validation
 * (most, like ajv, do not), so the `decoded` form is the one to validate bodies with. Patterns are
 * ECMA-262 regular expressions, as JSON Schema specifies; `time` is `format: date-time`.
 *
 * Built on each call, from the catalogue: nothing is computed when the library is imported.
 *
 * @throws {RangeError} when `eventType` is not in the catalogue.
 *
 * @example
 * ```ts
 * const schema = toJsonSchema({ eventType: 'create_tenant' });
 * writeFileSync('create_tenant.schema.json', JSON.stringify(schema, null, 2));
 * ```
 */
export function toJsonSchema(options: JsonSchemaOptions = {}): JsonSchema {
  return buildJsonSchema({ ...options, root: 'event' });
}

/**
 * What a JSON Schema describes: the whole event, or its `detail` alone (for the zod schema of
 * `detail`).
 */
export type JsonSchemaRoot = 'event' | 'detail';

/**
 * {@link toJsonSchema} with the choice of root: the whole event or its `detail`.
 */
export function buildJsonSchema(options: JsonSchemaOptions & { readonly root: JsonSchemaRoot }): JsonSchema {
  const form = options.form ?? 'decoded';
  if (form !== 'decoded' && form !== 'raw') throw new RangeError('form must be "decoded" or "raw"');
  const builder = new SchemaBuilder(form, options.root);
  const eventType = options.eventType;
  let root: JsonSchema;
  if (eventType === undefined) {
    root = builder.anyEvent();
  } else {
    const matching = catalogueIndex().byEventType.get(eventType);
    if (matching === undefined) throw new RangeError(`unknown SaaSus event type "${String(eventType)}"`);
    root = builder.eventTypeEvent(eventType, matching);
  }
  return { $schema: DRAFT_2020_12, ...root, $defs: builder.defs() };
}

class SchemaBuilder {
  private readonly refs = new Set<string>();
  private readonly own = new Map<string, JsonSchema>();
  private uris: ((operation: OperationEntry) => string) | undefined;

  constructor(
    private readonly form: JsonSchemaForm,
    private readonly root: JsonSchemaRoot,
  ) {
    // Defined first so that `$defs` opens with the envelope every other definition builds on.
    this.base();
  }

  /** Any SaaSus event; each known operation's calls checked further. */
  anyEvent(): JsonSchema {
    // Grouped by method, so that a validator tries only the operations of the event's method.
    const rulesByMethod = new Map<string, JsonSchema[]>();
    const whenSuccessful = this.detailWith({ properties: { event: { properties: { http_status: { pattern: SUCCESS_STATUS_PATTERN } } } } });
    for (const operation of catalogueOperations()) {
      const success = this.operationEvent(operation);
      const failed = this.failedCallEvent(operation);
      let rules = rulesByMethod.get(operation.method);
      if (rules === undefined) rulesByMethod.set(operation.method, (rules = []));
      rules.push({
        if: this.callOf(operation),
        then: {
          // The names of a call of the operation, successful or failed.
          ...this.detailWith({ properties: this.nameProperties(operation) }),
          if: whenSuccessful,
          then: success,
          ...(failed === undefined ? {} : { else: failed }),
        },
      });
    }
    const rules = [...rulesByMethod].map(([method, methodRules]) => ({
      if: this.detailWith({ properties: { event: { properties: { request_method: { const: method } } } } }),
      then: { allOf: methodRules },
    }));
    const what = this.root === 'event' ? 'SaaSus event' : 'SaaSus event detail';
    return {
      title: `${what} (${this.form})`,
      description: `Any ${what} from Amazon EventBridge, as parseEvent accepts it outside strict mode. A call of a known operation (request_method and uri name it, event_type names it in any spelling) must match that operation's successful call in $defs, or its failed call when http_status is not 2xx.`,
      ...this.base(),
      allOf: rules,
    };
  }

  /** The successful calls of one event type (one operation, or several that share the name). */
  eventTypeEvent(eventType: string, matching: readonly OperationEntry[]): JsonSchema {
    const events = matching.map((operation) => this.operationEvent(operation));
    const title = `SaaSus ${eventType} ${this.root === 'event' ? 'event' : 'event detail'} (${this.form})`;
    return events.length === 1 ? { title, ...events[0]! } : { title, anyOf: events };
  }

  defs(): Record<string, JsonSchema> {
    const defs: Record<string, JsonSchema> = Object.fromEntries(this.own);
    // Components refer to components: convert until no new name turns up.
    const done = new Set<string>();
    for (let pending = [...this.refs]; pending.length > 0; pending = [...this.refs].filter((name) => !done.has(name))) {
      for (const name of pending.sort()) {
        done.add(name);
        defs[name] = jsonSchemaFromShape(shapeNamed(name), this.refs);
      }
    }
    return defs;
  }

  /** What every event (or `detail`) has: the envelope, `detail` and the API call log. */
  private base(): JsonSchema {
    const detail = this.define('SaasusEventDetail', () => ({
      description: "A SaaSus event's detail; further fields are allowed.",
      type: 'object',
      required: this.form === 'decoded' ? ['event_type', 'received_event_type', 'trace_id', 'event'] : ['event_type', 'trace_id', 'event'],
      properties: {
        event_type: { type: 'string' },
        ...(this.form === 'decoded' && {
          received_event_type: { type: 'string', description: 'The event_type as received; event_type is the canonical name of a known operation.' },
        }),
        trace_id: { type: 'string', description: 'The X-Saasus-Trace-Id of the API call.' },
        event: this.logValue(this.define('SaasusApiCallLog', () => this.anyLog())),
      },
    }));
    if (this.root === 'detail') return detail;
    return this.define('SaasusEvent', () => ({
      description: 'The EventBridge envelope of a SaaSus event; further fields are allowed.',
      type: 'object',
      required: ENVELOPE_FIELDS.filter((name) => name !== 'replay-name'),
      properties: {
        version: { type: 'string' },
        id: { type: 'string' },
        'detail-type': { type: 'string', description: `SaaSus sends "${SAASUS_DETAIL_TYPE}".` },
        source: { type: 'string', description: `${SAASUS_SOURCE_PREFIX}<uuid>-<n>/event` },
        account: { type: 'string' },
        time: { type: 'string', format: 'date-time' },
        region: { type: 'string' },
        resources: { type: 'array', items: { type: 'string' } },
        'replay-name': { type: 'string', description: 'Present on events replayed from an archive.' },
        detail,
      },
    }));
  }

  private anyLog(): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    for (const key of LOG_STRING_FIELDS) properties[key] = { type: 'string' };
    properties.http_status = { type: 'string', pattern: HTTP_STATUS_PATTERN };
    properties.api_key = { type: 'string', description: "The SaaS's secret API key: never log it." };
    const bodies: readonly string[] = LOG_BODY_FIELDS;
    for (const key of bodies) properties[key] = this.bodyDescription();
    return {
      description: "One SaaSus API call's log record; further fields are allowed.",
      type: 'object',
      required: LOG_FIELDS.filter((name) => !bodies.includes(name)),
      properties,
    };
  }

  private bodyDescription(): JsonSchema {
    return {
      description:
        this.form === 'decoded'
          ? 'The body as decoded JSON; absent when the call had none.'
          : 'The body as a JSON value or a JSON string; "" or null when the call had none.',
    };
  }

  /** The condition under which the decoder takes a call for one of `operation`'s (successful or failed). */
  private callOf(operation: OperationEntry): JsonSchema {
    return this.detailWith({
      properties: {
        event_type: { pattern: eventTypePattern(operation) },
        event: { properties: { request_method: { const: operation.method }, uri: { pattern: this.uriPattern(operation) } } },
      },
    });
  }

  /**
   * The name of an operation's definitions: `<api>.<operationId>`, and for an old path of a moved
   * operation (listed after today's path in the catalogue) `<api>.<operationId>.earlier`
   * (`.earlier2`, … for further ones).
   */
  private operationKey(operation: OperationEntry): string {
    const key = `${operation.api}.${operation.operationId}`;
    const index = catalogueOperations()
      .filter((o) => `${o.api}.${o.operationId}` === key)
      .indexOf(operation);
    return index === 0 ? key : `${key}.earlier${index === 1 ? '' : index}`;
  }

  /** One operation's successful call. */
  private operationEvent(operation: OperationEntry): JsonSchema {
    const key = this.operationKey(operation);
    return this.define(key, () => {
      const log: JsonSchema & { properties: Record<string, JsonSchema>; required: string[] } = {
        properties: {
          http_status: { pattern: SUCCESS_STATUS_PATTERN },
          request_method: { const: operation.method },
          uri: { pattern: this.uriPattern(operation) },
        },
        required: [],
      };
      if (operation.request !== undefined) {
        const required = operation.requestRequired === true;
        log.properties.request_body = this.body(defRefTo(this.refs, operation.request), required);
        if (required) log.required.push('request_body');
      }
      const response = this.responseRule(operation, true);
      if (response?.allOf !== undefined) log.allOf = response.allOf;
      else if (response !== undefined) {
        Object.assign(log.properties, response.properties);
        log.required.push(...((response.required as string[] | undefined) ?? []));
      }
      if (log.required.length === 0) delete (log as JsonSchema).required;
      return this.scoped(`${key}: ${operation.method} ${operation.pathTemplate}`, {
        properties: {
          ...this.nameProperties(operation),
          event: this.logValue(this.logOf(key, () => log)),
        },
      });
    });
  }

  /**
   * The `detail` fields that name a call of `operation`, successful or failed: in the raw form an
   * `event_type` in any spelling of the operation's name; decoded, the canonical name, with the
   * spelling as received in `received_event_type`.
   */
  private nameProperties(operation: OperationEntry): Record<string, JsonSchema> {
    if (this.form === 'raw') return { event_type: { pattern: eventTypePattern(operation) } };
    return { event_type: { const: operation.eventTypes[0] }, received_event_type: { pattern: eventTypePattern(operation) } };
  }

  /**
   * What a failed call of `operation` must satisfy, shared in `$defs` by the operations that have
   * the same rule; `undefined` when the decoder checks nothing.
   */
  private failedCallEvent(operation: OperationEntry): JsonSchema | undefined {
    const rule = this.responseRule(operation, false);
    if (rule === undefined) return undefined;
    const [only, ...others] = new Set(Object.entries(operation.responses).filter(([status]) => !isSuccessStatus(status)).map(([, shape]) => shape));
    const name = others.length === 0 && only != null ? `SaasusFailedCallEvent.${only}` : `${this.operationKey(operation)}.failed`;
    return this.define(name, () =>
      this.scoped(`A failed call${name.startsWith('SaasusFailedCallEvent.') ? ` answered with ${only}` : ` of ${operation.api}.${operation.operationId}`}`, {
        properties: { event: this.logValue(this.logOf(name, () => rule)) },
      }),
    );
  }

  /**
   * The response body rule of `operation`'s successful (or failed) calls, as the decoder applies
   * it: a status the spec lists has its own body schema; another status of the same class takes
   * the first listed one's. A success body is required, a failure body may be absent.
   */
  private responseRule(operation: OperationEntry, success: boolean): JsonSchema | undefined {
    const listed = Object.entries(operation.responses).filter(([status]) => isSuccessStatus(status) === success);
    const fallback = listed[0]?.[1];
    // A success body that earlier versions of the spec did not answer may be absent (`since`).
    const answeredSince = (status: string): boolean => success && operation.since?.[status] !== undefined;
    const bodyRule = (shape: string | null | undefined, required: boolean): JsonSchema | undefined => {
      if (shape === null || shape === undefined) return undefined;
      const rule: JsonSchema = { properties: { response_body: this.body(defRefTo(this.refs, shape), required) } };
      if (required) rule.required = ['response_body'];
      return rule;
    };
    if (listed.every(([status, shape]) => shape === fallback && !answeredSince(status))) return bodyRule(fallback, success);
    const statusesByRule = new Map<string, { shape: string | null; required: boolean; statuses: string[] }>();
    for (const [status, shape] of listed) {
      const required = success && !answeredSince(status);
      const key = `${shape}\u0000${required}`;
      const entry = statusesByRule.get(key) ?? { shape, required, statuses: [] };
      entry.statuses.push(status);
      statusesByRule.set(key, entry);
    }
    const rules: JsonSchema[] = [];
    for (const { shape, required, statuses } of statusesByRule.values()) {
      const rule = bodyRule(shape, required);
      if (rule !== undefined) rules.push({ if: { properties: { http_status: { enum: statuses } } }, then: rule });
    }
    const rest = bodyRule(fallback, success);
    if (rest !== undefined) rules.push({ if: { properties: { http_status: { not: { enum: listed.map(([status]) => status) } } } }, then: rest });
    return rules.length === 0 ? undefined : { allOf: rules };
  }

  /** A body: decoded, or in the raw form also as a JSON string of it, `""` or `null` when optional. */
  private body(schema: JsonSchema, required: boolean): JsonSchema {
    if (this.form === 'decoded') return schema;
    const branches: JsonSchema[] = [schema, jsonString(schema, true)];
    if (!required) branches.push({ const: '' }, { type: 'null' });
    return { anyOf: branches };
  }

  /**
   * An event's own constraints on `detail.event`: inline when decoded; in the raw form kept once
   * in `$defs['<owner>.log']`, because {@link logValue} refers to them twice.
   */
  private logOf(owner: string, build: () => JsonSchema): JsonSchema {
    return this.form === 'decoded' ? build() : this.define(`${owner}.log`, build);
  }

  /** `detail.event`: the log itself when decoded; in the raw form the log or a JSON string of it. */
  private logValue(log: JsonSchema): JsonSchema {
    return this.form === 'decoded' ? log : { anyOf: [log, jsonString(log, false)] };
  }

  /** Constraints on `detail`, at the root of the schema being built. */
  private detailWith(detail: JsonSchema): JsonSchema {
    return this.root === 'event' ? { properties: { detail } } : detail;
  }

  /** A titled definition: the base schema with constraints on `detail`. */
  private scoped(title: string, detail: JsonSchema): JsonSchema {
    return { title, ...this.base(), ...this.detailWith(detail) };
  }

  private uriPattern(operation: OperationEntry): string {
    this.uris ??= createUriPatterns(catalogueOperations());
    return this.uris(operation);
  }

  /** Adds a schema of ours to `$defs` once and returns a `$ref` to it. */
  private define(name: string, build: () => JsonSchema): JsonSchema {
    if (!this.own.has(name)) {
      this.own.set(name, {});
      this.own.set(name, build());
    }
    return defRef(name);
  }
}

function defRefTo(refs: Set<string>, component: string): JsonSchema {
  refs.add(component);
  return defRef(component);
}

function jsonString(content: JsonSchema, nonEmpty: boolean): JsonSchema {
  const schema: JsonSchema = { type: 'string', contentMediaType: 'application/json', contentSchema: content };
  if (nonEmpty) schema.minLength = 1;
  return schema;
}
