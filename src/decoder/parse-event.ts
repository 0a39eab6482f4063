import { SaasusEventError } from '../errors.js';
import type { SaasusEvent } from '../envelope/types.js';
import { decodeEvent } from './decode-event.js';
import { IssueCollector } from '../core/issues.js';
import { checkOrigin, compileOrigin, type CompiledOrigin, type ExpectedOrigin } from './expected-origin.js';

/**
 * Options of `parseEvent` and `safeParseEvent`.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { strict: true };
 * ```
 */
export interface ParseOptions {
  /**
   * Report drift as issues: fields, `event_type` names and enum values that the library does
   * not know, and an `event_type` that does not belong to the called operation. Use it to
   * validate fixtures in CI; leave it off in production, where SaaSus may add fields at any time.
   */
  readonly strict?: boolean;
  /**
   * Accept only events from your own SaaS: an event whose `detail.event.saas_id`, `account` or
   * `source` is not one listed here is invalid (an `unexpected_origin` issue naming the field,
   * never its value). Turn it on when events reach you through SQS or SNS, where anyone allowed
   * to send to the queue or topic can hand you a well-formed SaaSus-shaped event.
   */
  readonly expect?: ExpectedOrigin;
}

/**
 * The result of `safeParseEvent`.
 *
 * @example
 * ```ts
 * const result: SafeParseResult = safeParseEvent(input);
 * if (result.success) console.log(result.data.detail.event_type);
 * else console.error(result.error.message);
 * ```
 */
export type SafeParseResult<Event = SaasusEvent> =
  | { readonly success: true; readonly data: Event; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: SaasusEventError };

/**
 * Decodes and validates a SaaSus event from EventBridge, without throwing.
 *
 * `input` is the event as a Lambda receives it, or the same event as a JSON string. Both forms
 * SaaSus publishes (`detail.event` as an object, or as a JSON string whose bodies are JSON strings
 * again) and any mixture decode to the same result. The result shares no object with `input`.
 *
 * @throws {TypeError} only for a malformed `options.expect`, never for any input.
 *
 * @example
 * ```ts
 * const result = safeParseEvent(input);
 * if (!result.success) {
 *   console.error(result.error.issues);
 *   return;
 * }
 * console.log(result.data.detail.trace_id);
 * ```
 */
export function safeParseEvent(input: unknown, options?: ParseOptions): SafeParseResult {
  const issues = new IssueCollector(options?.strict === true);
  const data = decodeOrCollect(input, issues, compileOrigin(options?.expect));
  if (data === undefined) return { success: false, error: new SaasusEventError(issues.issues, issues.omitted) };
  return { success: true, data };
}

/**
 * Decodes and validates a SaaSus event from EventBridge (see {@link safeParseEvent}).
 *
 * @throws {SaasusEventError} when the event is invalid; its message names every failing path and
 * never contains a field's value.
 * @throws {TypeError} for a malformed `options.expect`.
 *
 * @example
 * ```ts
 * export const handler = async (input: unknown) => {
 *   const event = parseEvent(input);
 *   if (!isKnownEventType(event)) return;
 *   switch (event.detail.event_type) {
 *     case 'create_tenant':
 *       await onboard(event.detail.event.response_body.id);
 *       break;
 *   }
 * };
 * ```
 */
export function parseEvent(input: unknown, options?: ParseOptions): SaasusEvent {
  const issues = new IssueCollector(options?.strict === true);
  const data = decodeOrCollect(input, issues, compileOrigin(options?.expect));
  if (data === undefined) throw new SaasusEventError(issues.issues, issues.omitted);
  return data;
}

/** The decoded event, or `undefined` with at least one issue in `issues`. */
function decodeOrCollect(input: unknown, issues: IssueCollector, origin: CompiledOrigin | undefined): SaasusEvent | undefined {
  let data: SaasusEvent | undefined;
  try {
    data = decodeEvent(input, issues);
  } catch {
    // Only input that is not JSON data gets here (a getter that throws, a revoked proxy); the
    // thrown error is dropped because its message may quote the input.
    issues.add('unreadable_input', 'the input could not be read as JSON data');
  }
  if (issues.count > 0 || data === undefined) return undefined;
  if (origin !== undefined) checkOrigin(data, origin, issues);
  return issues.count > 0 ? undefined : data;
}
