import { z } from 'zod';
import { reportIssues } from './report-issues.js';
import { catalogueIndex, isSuccessStatus, namesOperation } from '../catalogue/catalogue.js';
import type { OperationEntry } from '../catalogue/operation.js';
import { isRecord } from '../decoder/issues.js';
import { safeParseEvent, type ParseOptions } from '../decoder/parse-event.js';
import type { SaasusEvent, SaasusEventOf, SaasusEventType } from '../types.js';
import { apiCallLogSchema } from './api-call-log.js';
import { EventBridgeEnvelopeSchema } from './envelope.js';
import { zodFromShape } from './from-shape.js';
import { jsonBody, jsonOrValue } from './json-string.js';

/**
 * Builds a zod schema that runs `parseEvent` with the given options: raw event (object or JSON
 * string, either SaaSus form) in, {@link SaasusEvent} out, issues as zod issues with their paths.
 *
 * @example
 * ```ts
 * const StrictSaasusEventSchema = createSaasusEventSchema({ strict: true });
 * const result = StrictSaasusEventSchema.safeParse(fixture);
 * ```
 */
export function createSaasusEventSchema(options?: ParseOptions) {
  return z.unknown().transform((input, ctx): SaasusEvent => {
    const result = safeParseEvent(input, options);
    if (result.success) return result.data;
    reportIssues(ctx, result.error.issues);
    return z.NEVER;
  });
}

/**
 * The zod schema of any SaaSus event: `parseEvent` as a schema, to compose with other zod-based
 * tools (Powertools' parser, your own envelopes).
 *
 * @example
 * ```ts
 * const event = SaasusEventSchema.parse(input);
 * ```
 */
export const SaasusEventSchema = /* @__PURE__ */ createSaasusEventSchema();

const eventSchemas = new Map<string, z.ZodType>();

/**
 * The zod schema of one event type's successful calls, built from the catalogue on first use:
 * it accepts the raw event in either SaaSus form and outputs the decoded, typed event. Its
 * objects are loose, so it also describes the decoded form (for JSON Schema export).
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
    if (operations === undefined) throw new RangeError(`unknown SaaSus event type "${eventType}"`);
    const [first, second, ...rest] = operations.map(operationEventSchema);
    schema = second === undefined ? first! : z.union([first!, second, ...rest]);
    eventSchemas.set(eventType, schema);
  }
  return schema as z.ZodType<SaasusEventOf<EventType>>;
}

function operationEventSchema(operation: OperationEntry): z.ZodType {
  const request =
    operation.request === undefined
      ? jsonBody(z.unknown(), { optional: true })
      : jsonBody(zodFromShape({ ref: operation.request }), { optional: operation.requestRequired !== true });
  const successShapes = Object.entries(operation.responses)
    .filter(([status]) => isSuccessStatus(status))
    .map(([, shape]) => shape);
  const bodies = successShapes.filter((shape): shape is string => shape !== null).map((ref) => zodFromShape({ ref }));
  const [first, second, ...rest] = bodies;
  const response =
    first === undefined
      ? jsonBody(z.unknown(), { optional: true })
      : jsonBody(second === undefined ? first : z.union([first, second, ...rest]), {
          optional: successShapes.includes(null),
        });
  const log = apiCallLogSchema(request, response).extend({
    http_status: z.string().regex(/^2\d\d$/, { message: 'expected a 2xx HTTP status' }),
    request_method: z.literal(operation.method),
  });
  return EventBridgeEnvelopeSchema.extend({
    detail: z.preprocess(
      (detail) => withCanonicalName(detail, operation),
      z.looseObject({
        event_type: z.literal(operation.eventTypes[0]),
        received_event_type: z.string(),
        trace_id: z.string(),
        event: jsonOrValue(log),
      }),
    ),
  });
}

/** As `parseEvent` decodes it: the operation's canonical name, and the name as received beside it. */
function withCanonicalName(detail: unknown, operation: OperationEntry): unknown {
  if (!isRecord(detail) || typeof detail.event_type !== 'string') return detail;
  const received = detail.event_type;
  return { ...detail, event_type: namesOperation(received, operation) ? operation.eventTypes[0] : received, received_event_type: received };
}
