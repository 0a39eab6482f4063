import { catalogueIndex, namesOperation } from '../catalogue/catalogue.js';
import { classifyEvent } from '../catalogue/classify.js';
import type { OperationEntry } from '../catalogue/operation.js';
import { safeParseEvent, type ParseOptions, type SafeParseResult } from '../decoder/parse-event.js';
import { isSuccessStatus } from '../envelope/event-format.js';
import type { SaasusEventIssue } from '../errors.js';
import type { SaasusEvent, SaasusEventOf, SaasusEventType } from '../envelope/types.js';
import type { z } from 'zod';
import { decodingSchema, type DecoderResult } from './decoding-schema.js';
import { toJsonSchema } from '../json-schema/json-schema.js';

/**
 * Builds a zod schema that runs `parseEvent` with the given options: raw event (object or JSON
 * string, either SaaSus form) in, {@link SaasusEvent} out, issues as zod issues with their paths
 * (the first 100, and one that counts the rest, as `parseEvent` keeps them).
 *
 * `z.toJSONSchema` gives `toJsonSchema`'s schema of every event: the decoded form, or the raw
 * form with `io: 'input'` (strict mode's further checks are not in it).
 *
 * @example
 * ```ts
 * const StrictSaasusEventSchema = createSaasusEventSchema({ strict: true });
 * const result = StrictSaasusEventSchema.safeParse(fixture);
 * ```
 */
export function createSaasusEventSchema(options?: ParseOptions) {
  return decodingSchema(options?.strict === true ? 'event:strict' : 'event', (input) => decoderResult(safeParseEvent(input, options)), (form) => toJsonSchema({ form }));
}

/**
 * The zod schema of any SaaSus event: `parseEvent` as a schema, to compose with other zod-based
 * tools (Powertools' parser, your own envelopes) and to export with `z.toJSONSchema`.
 *
 * @example
 * ```ts
 * const event = SaasusEventSchema.parse(input);
 * ```
 */
export const SaasusEventSchema = /* @__PURE__ */ createSaasusEventSchema();

const eventSchemas = new Map<string, z.ZodType>();

/**
 * The zod schema of one event type's successful calls, built on first use: it runs `parseEvent`
 * on the raw event (either SaaSus form) and then requires a successful call of an operation of
 * that name (`request_method` and `uri` name it, `event_type` names it in any spelling, 2xx
 * status). It outputs the decoded, typed event, exactly as `parseEvent` returns it.
 *
 * `z.toJSONSchema` gives `toJsonSchema({ eventType })`'s schema (the raw form with `io: 'input'`).
 *
 * @throws {RangeError} when `eventType` is not in the catalogue.
 *
 * @example
 * ```ts
 * const TenantCreated = getEventSchema('create_tenant');
 * const event = TenantCreated.parse(input);
 * event.detail.event.response_body.id; // string
 * ```
 */
export function getEventSchema<EventType extends SaasusEventType>(eventType: EventType): z.ZodType<SaasusEventOf<EventType>> {
  let schema = eventSchemas.get(eventType);
  if (schema === undefined) {
    const operations = catalogueIndex().byEventType.get(eventType);
    if (operations === undefined) throw new RangeError(`unknown SaaSus event type "${String(eventType)}"`);
    schema = decodingSchema(
      `event:${eventType}`,
      (input) => {
        const result = decoderResult(safeParseEvent(input));
        if (!result.success) return result;
        const issues = issuesAgainst(result.data, eventType, operations);
        return issues.length === 0 ? result : { success: false, issues, omitted: 0 };
      },
      (form) => toJsonSchema({ eventType, form }),
    );
    eventSchemas.set(eventType, schema);
  }
  return schema as z.ZodType<SaasusEventOf<EventType>>;
}

function decoderResult(result: SafeParseResult): DecoderResult<SaasusEvent> {
  return result.success ? result : { success: false, issues: result.error.issues, omitted: result.error.omitted };
}

/** Why a valid event is no successful call of `eventType`'s operations; none when it is one. */
function issuesAgainst(event: SaasusEvent, eventType: string, operations: readonly OperationEntry[]): SaasusEventIssue[] {
  const call = classifyEvent(event);
  if (call.kind === 'known' && operations.includes(call.match.operation)) return [];
  const { event_type: name, event: log } = event.detail;
  const issues: SaasusEventIssue[] = [];
  const unexpected = (path: string[], message: string) => issues.push({ code: 'unexpected_value', path, message });
  if (!operations.some((operation) => namesOperation(name, operation))) {
    unexpected(['detail', 'event_type'], `expected the event type "${eventType}" in any spelling`);
  }
  if (call.match === undefined || !operations.includes(call.match.operation)) {
    const methods = operations.some((operation) => operation.method === log.request_method);
    const expected = operations.map((operation) => `${operation.method} ${operation.pathTemplate}`).join(' or ');
    unexpected(['detail', 'event', methods ? 'uri' : 'request_method'], `request_method and uri do not name an operation of ${eventType} (${expected})`);
  }
  if (call.kind === 'failed' || !isSuccessStatus(log.http_status)) {
    unexpected(['detail', 'event', 'http_status'], `expected a 2xx HTTP status: the schema of ${eventType} describes its successful calls`);
  }
  // Each part names the type, yet together not one call of it (no such event type today).
  if (issues.length === 0) unexpected(['detail', 'event_type'], `event_type, request_method and uri do not name one operation of ${eventType}`);
  return issues;
}
