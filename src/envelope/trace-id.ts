import { isRecord } from '../core/json.js';

/**
 * Reads `detail.trace_id` from a raw event (object, JSON string, either SaaSus form) or a parsed
 * one. The trace id is the `X-Saasus-Trace-Id` of the API call that caused the event, so it ties
 * a log line to that call.
 *
 * Never throws and validates nothing else: use it to tag logs before, or after failing, `parseEvent`.
 *
 * @returns the trace id, or `undefined` when there is none.
 *
 * @example
 * ```ts
 * export const handler = async (input: unknown) => {
 *   const traceId = getTraceId(input);
 *   logger.appendKeys({ saasusTraceId: traceId });
 *   return parseEvent(input);
 * };
 * ```
 */
export function getTraceId(input: unknown): string | undefined {
  let event = input;
  if (typeof event === 'string') {
    try {
      event = JSON.parse(event);
    } catch {
      return undefined;
    }
  }
  try {
    if (!isRecord(event) || !isRecord(event.detail)) return undefined;
    const traceId = event.detail.trace_id;
    return typeof traceId === 'string' ? traceId : undefined;
  } catch {
    return undefined;
  }
}
