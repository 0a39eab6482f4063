import { SaasusEventError } from '../errors.js';
import type { SaasusEvent } from '../envelope/types.js';
import { decodeEvent } from './decode-event.js';
import { IssueCollector } from '../core/issues.js';

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
 * Where events must come from (see {@link ParseOptions.expect}). Each field is one value or a
 * list of accepted values, compared exactly; a field left out is not checked.
 *
 * @example
 * ```ts
 * const expect: ExpectedOrigin = {
 *   saasId: process.env.SAASUS_SAAS_ID!,
 *   account: '123456789012',
 *   source: ['aws.partner/saasus.io/0f4c2a1e-2c59-4a49-8d1c-6a47f2f1d3c2-1/event'],
 * };
 * ```
 */
export interface ExpectedOrigin {
  /** `detail.event.saas_id`: your SaaS's id, as the SaaSus console shows it. */
  readonly saasId?: string | readonly string[];
  /** The envelope's `account`: the AWS account whose partner event bus received the event. */
  readonly account?: string | readonly string[];
  /** The envelope's `source`: the SaaSus partner event source, `aws.partner/saasus.io/…/event`. */
  readonly source?: string | readonly string[];
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

/** {@link ExpectedOrigin} checked and normalised: each field a non-empty list, or absent. */
interface CompiledOrigin {
  readonly saasId: readonly string[] | undefined;
  readonly account: readonly string[] | undefined;
  readonly source: readonly string[] | undefined;
}

/**
 * Checks the `expect` option. A mistake there is the caller's, not the event's: a `TypeError`
 * that says which field, thrown before any event is read.
 */
export function compileOrigin(expect: ExpectedOrigin | undefined): CompiledOrigin | undefined {
  if (expect === undefined) return undefined;
  if (typeof expect !== 'object' || expect === null) throw new TypeError('expect must be an object: { saasId?, account?, source? }');
  return { saasId: acceptedValues(expect, 'saasId'), account: acceptedValues(expect, 'account'), source: acceptedValues(expect, 'source') };
}

function acceptedValues(expect: ExpectedOrigin, name: keyof ExpectedOrigin): readonly string[] | undefined {
  const value = expect[name];
  if (value === undefined) {
    // Named but undefined is how a missing environment variable looks: not a field left out.
    if (Object.hasOwn(expect, name)) throw new TypeError(`expect.${name} is undefined (a missing environment variable?): leave the field out not to check it`);
    return undefined;
  }
  const list: readonly unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  // An empty list would reject every event: far more likely a missing environment variable.
  if (list.length === 0 || !list.every((item) => typeof item === 'string' && item !== '')) {
    throw new TypeError(`expect.${name} must be a non-empty string or a non-empty list of non-empty strings`);
  }
  return [...(list as readonly string[])];
}

// The value received is never quoted: it may be anyone's, and a log line must not carry it.
function checkOrigin(event: SaasusEvent, origin: CompiledOrigin, issues: IssueCollector): void {
  checkSaasId(event.detail, origin, issues, 'detail');
  if (origin.account !== undefined && !origin.account.includes(event.account)) {
    issues.add('unexpected_origin', 'account is not one that expect.account accepts', 'account');
  }
  if (origin.source !== undefined && !origin.source.includes(event.source)) {
    issues.add('unexpected_origin', 'source is not one that expect.source accepts', 'source');
  }
}

/**
 * Checks `detail.event.saas_id` against `expect.saasId`; `prefix` is the path to `detail` (none
 * for a schema of `detail` alone).
 */
export function checkSaasId(detail: SaasusEvent['detail'], origin: CompiledOrigin, issues: IssueCollector, ...prefix: string[]): void {
  if (origin.saasId !== undefined && !origin.saasId.includes(detail.event.saas_id)) {
    issues.add('unexpected_origin', 'saas_id is not one that expect.saasId accepts', ...prefix, 'event', 'saas_id');
  }
}
