import { catalogueIndex, catalogueOperations, isSuccessStatus, shapeNamed } from '../catalogue/catalogue.js';
import type { OperationEntry } from '../catalogue/operation.js';
import type { SaasusEventType } from '../types.js';
import { defRef, jsonSchemaFromShape, type JsonSchema } from './json-schema-from-shape.js';
import { createUriPatterns } from './json-schema-uri-pattern.js';

export type { JsonSchema } from './json-schema-from-shape.js';

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
const SUCCESS_STATUS = '^2\\d\\d$';
const LOG_STRINGS = ['log_id', 'date_time', 'date', 'ttl', 'uri', 'ip_address', 'referer', 'request_method', 'saas_id', 'api_key'];

/**
 * Builds a JSON Schema (draft 2020-12) of SaaSus events, for tools outside TypeScript: validators
 * in other languages, code generators, documentation. Component schemas of the SaaSus APIs are
 * shared in `$defs` under their OpenAPI names; each operation's event is `$defs['<api>.<operationId>']`.
 *
 * Without `eventType` the schema accepts what `parseEvent` accepts (outside strict mode): any
 * SaaSus event, with the bodies of a known operation's call checked against that operation's
 * schemas. With `eventType` it describes that type's successful calls, like `getEventSchema`.
 *
 * In the `raw` form, JSON strings are described with `contentMediaType: application/json` and
 * `contentSchema`: a validator checks what is inside them only if it supports content validation
 * (most, like ajv, do not), so the `decoded` form is the one to validate bodies with.
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
  const form = options.form ?? 'decoded';
  if (form !== 'decoded' && form !== 'raw') throw new RangeError('form must be "decoded" or "raw"');
  const builder = new SchemaBuilder(form);
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

  constructor(private readonly form: JsonSchemaForm) {
    // Defined first so that `$defs` opens with the envelope every other definition builds on.
    this.anySaasusEvent();
  }

  /** Any SaaSus event; each known operation's calls, and failed calls, checked further. */
  anyEvent(): JsonSchema {
    const knownNames = new Set<string>();
    const rules: JsonSchema[] = [];
    for (const operation of catalogueOperations()) {
      for (const name of operation.eventTypes) knownNames.add(name);
      rules.push({
        if: this.detailWith(nameSchema(operation.eventTypes), {
          properties: {
            request_method: { const: operation.method },
            uri: { pattern: this.uriPattern(operation) },
            http_status: { pattern: SUCCESS_STATUS },
          },
        }),
        then: this.operationEvent(operation),
      });
    }
    rules.push({
      if: this.detailWith({ enum: [...knownNames].sort() }, { properties: { http_status: { not: { pattern: SUCCESS_STATUS } } } }),
      then: this.failedCallEvent(),
    });
    return {
      title: `SaaSus event (${this.form})`,
      description:
        'Any SaaSus event from Amazon EventBridge. A call of an operation the catalogue knows (event_type, request_method and uri) must match that operation\'s event in $defs; a failed call of a known event type must carry the SaaSus error body.',
      ...this.anySaasusEvent(),
      allOf: rules,
    };
  }

  /** The successful calls of one event type (one operation, or several that share the name). */
  eventTypeEvent(eventType: string, matching: readonly OperationEntry[]): JsonSchema {
    const events = matching.map((operation) => this.operationEvent(operation));
    const title = `SaaSus ${eventType} event (${this.form})`;
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

  private anySaasusEvent(): JsonSchema {
    return this.define('SaasusEvent', () => ({
      description: 'The EventBridge envelope of a SaaSus event; further fields are allowed.',
      type: 'object',
      required: ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail'],
      properties: {
        version: { type: 'string' },
        id: { type: 'string' },
        'detail-type': { type: 'string', description: 'SaaSus sends "api_call".' },
        source: { type: 'string', description: 'aws.partner/saasus.io/<uuid>-<n>/event' },
        account: { type: 'string' },
        time: { type: 'string', format: 'date-time' },
        region: { type: 'string' },
        resources: { type: 'array', items: { type: 'string' } },
        'replay-name': { type: 'string', description: 'Present on events replayed from an archive.' },
        detail: {
          type: 'object',
          required: ['event_type', 'trace_id', 'event'],
          properties: {
            event_type: { type: 'string' },
            trace_id: { type: 'string', description: 'The X-Saasus-Trace-Id of the API call.' },
            event: this.logValue(this.define('SaasusApiCallLog', () => this.anyLog())),
          },
        },
      },
    }));
  }

  private anyLog(): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    for (const key of LOG_STRINGS) properties[key] = { type: 'string' };
    properties.http_status = { type: 'string', pattern: '^[1-5]\\d\\d$' };
    properties.api_key = { type: 'string', description: "The SaaS's secret API key: never log it." };
    properties.request_body = this.bodyDescription();
    properties.response_body = this.bodyDescription();
    return {
      description: "One SaaSus API call's log record; further fields are allowed.",
      type: 'object',
      required: [...LOG_STRINGS.slice(0, 4), 'http_status', ...LOG_STRINGS.slice(4)],
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

  private failedCallEvent(): JsonSchema {
    return this.define('SaasusFailedCallEvent', () => ({
      description: 'A call of a known operation that failed: its response body is the SaaSus error body.',
      ...this.anySaasusEvent(),
      properties: {
        detail: {
          properties: {
            event: this.logValue(
              this.logOf('SaasusFailedCallEvent', () => ({
                properties: {
                  http_status: { not: { pattern: SUCCESS_STATUS } },
                  response_body: this.body(defRefTo(this.refs, 'ApiError'), false),
                },
              })),
            ),
          },
        },
      },
    }));
  }

  /** One operation's successful call. */
  private operationEvent(operation: OperationEntry): JsonSchema {
    const key = `${operation.api}.${operation.operationId}`;
    return this.define(key, () => {
      const properties: Record<string, JsonSchema> = {
        http_status: { pattern: SUCCESS_STATUS },
        request_method: { const: operation.method },
        uri: { pattern: this.uriPattern(operation) },
      };
      const required: string[] = [];
      if (operation.request !== undefined) {
        properties.request_body = this.body(defRefTo(this.refs, operation.request), operation.requestRequired === true);
        if (operation.requestRequired === true) required.push('request_body');
      }
      const successShapes = Object.entries(operation.responses)
        .filter(([status]) => isSuccessStatus(status))
        .map(([, shape]) => shape);
      const bodies = successShapes.filter((shape): shape is string => shape !== null).map((name) => defRefTo(this.refs, name));
      if (bodies.length > 0) {
        const responseRequired = !successShapes.includes(null);
        properties.response_body = this.body(bodies.length === 1 ? bodies[0]! : { anyOf: bodies }, responseRequired);
        if (responseRequired) required.push('response_body');
      }
      const log: JsonSchema = { properties };
      if (required.length > 0) log.required = required;
      return {
        title: `${key}: ${operation.method} ${operation.pathTemplate}`,
        ...this.anySaasusEvent(),
        properties: {
          detail: {
            properties: {
              event_type: nameSchema(operation.eventTypes),
              event: this.logValue(this.logOf(key, () => log)),
            },
          },
        },
      };
    });
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

  private detailWith(eventType: JsonSchema, log: JsonSchema): JsonSchema {
    return { properties: { detail: { properties: { event_type: eventType, event: log } } } };
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

function nameSchema(names: readonly string[]): JsonSchema {
  return names.length === 1 ? { const: names[0] } : { enum: [...names] };
}

function jsonString(content: JsonSchema, nonEmpty: boolean): JsonSchema {
  const schema: JsonSchema = { type: 'string', contentMediaType: 'application/json', contentSchema: content };
  if (nonEmpty) schema.minLength = 1;
  return schema;
}
