import { SaasusEventError } from '../errors.js';
import { safeParseEvent, type ParseOptions } from '../decoder/parse-event.js';
import type { SaasusEvent } from '../envelope/types.js';
import { unwrapDelivery, type Delivery } from './delivery.js';

/**
 * One event of a Lambda input, parsed: where it was, and its result.
 *
 * @example
 * ```ts
 * const failed: ParsedRecord[] = parseEvents(sqsEvent).filter((record) => !record.success);
 * ```
 */
export type ParsedRecord = {
  /** Position in the batch, 0 for a lone event. */
  readonly index: number;
  /** SQS `messageId` (SNS `MessageId`), `undefined` for a lone EventBridge event. */
  readonly messageId: string | undefined;
} & ({ readonly success: true; readonly data: SaasusEvent; readonly error?: undefined } | { readonly success: false; readonly data?: undefined; readonly error: SaasusEventError });

/**
 * Parses every SaaSus event in a Lambda input, whichever way it was delivered: an EventBridge
 * event (object or JSON string), an SQS batch whose bodies are EventBridge events (directly or
 * as SNS notifications), or an SNS event. One record's failure never hides another's; issue paths
 * start at the Lambda input (`Records.2.body.detail.event`), so they say which record failed.
 *
 * Deliveries are told apart by their own markers: an EventBridge event by `detail-type`,
 * `detail` or `source` (even when it also has a `Records` field), SQS records by
 * `eventSource: "aws:sqs"`, SNS records by `EventSource: "aws:sns"`. Nothing disappears: empty or
 * unmarked `Records` are a failed record, and a record that cannot be read (a getter or proxy that
 * throws) fails alone with an `unreadable_input` issue.
 *
 * @example
 * ```ts
 * export const handler = async (input: SQSEvent) => {
 *   for (const record of parseEvents(input)) {
 *     if (!record.success) console.error(record.messageId, record.error.message);
 *   }
 * };
 * ```
 */
export function parseEvents(input: unknown, options?: ParseOptions): ParsedRecord[] {
  return parseDelivery(unwrapDelivery(input), options);
}

/** {@link parseEvents} over an input already unwrapped. */
export function parseDelivery(delivery: Delivery, options?: ParseOptions): ParsedRecord[] {
  return delivery.records.map((record): ParsedRecord => {
    const { index, messageId, path } = record;
    if (record.problem !== undefined) return { index, messageId, success: false, error: record.problem };
    const result = safeParseEvent(record.payload, options);
    if (result.success) return { index, messageId, success: true, data: result.data };
    if (path.length === 0) return { index, messageId, success: false, error: result.error };
    const issues = result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
    return { index, messageId, success: false, error: new SaasusEventError(issues, result.error.omitted) };
  });
}
