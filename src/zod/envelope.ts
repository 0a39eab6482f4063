import { z } from 'zod';
import { isRfc3339DateTime } from '../core/time-format.js';
import { DATE_TIME_MESSAGE } from '../envelope/event-format.js';
import { capIssues } from './issue-cap.js';

/**
 * An RFC 3339 date-time string, as EventBridge writes `time`.
 *
 * @example
 * ```ts
 * DateTimeSchema.parse('2026-05-19T02:22:58Z');
 * ```
 */
export const DateTimeSchema = /* @__PURE__ */ dateTimeSchema();

/**
 * The Amazon EventBridge envelope with any `detail`. Unknown fields are kept.
 *
 * @example
 * ```ts
 * const MyEvent = EventBridgeEnvelopeSchema.extend({ detail: z.object({ hello: z.string() }) });
 * ```
 */
export const EventBridgeEnvelopeSchema = /* @__PURE__ */ envelopeSchema();

// Built in functions so that a bundler can drop the schemas, and zod with them, when unused:
// a call marked pure is only droppable when its arguments have no calls of their own.
function dateTimeSchema() {
  return z.string().refine(isRfc3339DateTime, { message: DATE_TIME_MESSAGE });
}

function envelopeSchema() {
  return z.looseObject({
    version: z.string(),
    id: z.string(),
    'detail-type': z.string(),
    source: z.string(),
    account: z.string(),
    time: DateTimeSchema,
    region: z.string(),
    // The one field of unbounded size; `detail` is the caller's to cap.
    resources: capIssues(z.array(z.string())),
    'replay-name': z.string().optional(),
    detail: z.unknown(),
  });
}
