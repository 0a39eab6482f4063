import { isDigit } from '../core/time-format.js';

/**
 * The facts of the SaaSus event format, each in one place: the decoder, the JSON Schema and zod
 * builders, `createTestEvent` and the code generator (`scripts/`) read them from here.
 *
 * Plain constants and small functions: nothing is computed when it is imported.
 */

/**
 * The EventBridge envelope's fields, in the order EventBridge writes them. All are required but
 * `replay-name` (on events replayed from an archive); EventBridge may add others.
 *
 * @example
 * ```ts
 * ENVELOPE_FIELDS.includes('detail-type'); // true
 * ```
 */
export const ENVELOPE_FIELDS = ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'replay-name', 'detail'] as const;

/**
 * The envelope's fields that are plain strings, in {@link ENVELOPE_FIELDS}' order. Of the others,
 * `time` is an RFC 3339 date-time, `resources` a list of strings, `replay-name` an optional
 * string and `detail` SaaSus's own object.
 *
 * @example
 * ```ts
 * ENVELOPE_STRING_FIELDS.includes('time'); // false
 * ```
 */
export const ENVELOPE_STRING_FIELDS = ['version', 'id', 'detail-type', 'source', 'account', 'region'] as const;

/**
 * The fields of a SaaSus event's `detail` as SaaSus sends them, all required: `event` is the log
 * record (an object or a JSON string of one), the others are strings. (A decoded `detail` has
 * one more, `received_event_type`, which the decoder adds.)
 *
 * @example
 * ```ts
 * DETAIL_FIELDS.includes('trace_id'); // true
 * ```
 */
export const DETAIL_FIELDS = ['event_type', 'event', 'trace_id'] as const;

/**
 * The fields of one API call's log record (`detail.event`), in the order SaaSus writes them. All
 * are required but the bodies ({@link LOG_BODY_FIELDS}), which may be empty.
 *
 * @example
 * ```ts
 * LOG_FIELDS.includes('api_key'); // true
 * ```
 */
export const LOG_FIELDS = [
  'log_id',
  'date_time',
  'date',
  'ttl',
  'http_status',
  'uri',
  'ip_address',
  'referer',
  'request_method',
  'saas_id',
  'api_key',
  'request_body',
  'response_body',
] as const;

/**
 * The log record's fields that are plain strings, in {@link LOG_FIELDS}' order: all but
 * `http_status` (a string with a rule: {@link isHttpStatus}) and the bodies.
 *
 * @example
 * ```ts
 * LOG_STRING_FIELDS.includes('http_status'); // false
 * ```
 */
export const LOG_STRING_FIELDS = ['log_id', 'date_time', 'date', 'ttl', 'uri', 'ip_address', 'referer', 'request_method', 'saas_id', 'api_key'] as const;

/**
 * The log record's bodies: JSON data or a JSON string of it, empty when absent, `""` or `null`.
 *
 * @example
 * ```ts
 * LOG_BODY_FIELDS; // ['request_body', 'response_body']
 * ```
 */
export const LOG_BODY_FIELDS = ['request_body', 'response_body'] as const;

/**
 * What an issue says of a `time` that is not an RFC 3339 date-time.
 *
 * @example
 * ```ts
 * issues.add('invalid_format', DATE_TIME_MESSAGE, 'time');
 * ```
 */
export const DATE_TIME_MESSAGE = 'expected an RFC 3339 date-time such as 2026-05-19T02:22:58Z';

/**
 * The partner name every SaaSus event source begins with; EventBridge rules match SaaSus events
 * by this prefix.
 *
 * @example
 * ```ts
 * const pattern = { source: [{ prefix: SAASUS_PARTNER_SOURCE }] };
 * ```
 */
export const SAASUS_PARTNER_SOURCE = 'aws.partner/saasus.io';

/**
 * What every SaaSus event's `source` starts with: {@link SAASUS_PARTNER_SOURCE} and a slash
 * (`aws.partner/saasus.io/<uuid>-<n>/event`). Written out rather than built from the partner
 * name, so that a bundle of the decoder holds one string (test/envelope/event-format.test.ts
 * checks that the two agree).
 *
 * @example
 * ```ts
 * event.source.startsWith(SAASUS_SOURCE_PREFIX); // true for a SaaSus event
 * ```
 */
export const SAASUS_SOURCE_PREFIX = 'aws.partner/saasus.io/';

/**
 * The `detail-type` of every SaaSus event.
 *
 * @example
 * ```ts
 * event['detail-type'] === SAASUS_DETAIL_TYPE; // true for a SaaSus event
 * ```
 */
export const SAASUS_DETAIL_TYPE = 'api_call';

/**
 * The rule of `http_status` as a regular expression (ECMA-262, as JSON Schema `pattern` uses):
 * three digits, from "100" to "599". {@link isHttpStatus} is the same rule.
 *
 * @example
 * ```ts
 * new RegExp(HTTP_STATUS_PATTERN).test('201'); // true
 * ```
 */
export const HTTP_STATUS_PATTERN = '^[1-5]\\d\\d$';

/**
 * What an issue says of an `http_status` that breaks the rule.
 *
 * @example
 * ```ts
 * issues.add('invalid_format', HTTP_STATUS_MESSAGE, 'http_status');
 * ```
 */
export const HTTP_STATUS_MESSAGE = 'expected a three-digit HTTP status from "100" to "599"';

/**
 * Whether `text` is an HTTP status as SaaSus writes it: three digits, from "100" to "599"
 * ({@link HTTP_STATUS_PATTERN}). Read by character code: every event comes here twice.
 *
 * @example
 * ```ts
 * isHttpStatus('201'); // true
 * isHttpStatus('2001'); // false
 * ```
 */
export function isHttpStatus(text: string): boolean {
  if (text.length !== 3) return false;
  const first = text.charCodeAt(0);
  return first >= 0x31 && first <= 0x35 && isDigit(text.charCodeAt(1)) && isDigit(text.charCodeAt(2));
}

/**
 * The rule of a successful call's `http_status` as a regular expression (ECMA-262): 2xx.
 * {@link isSuccessStatus} is the same rule for a status that {@link isHttpStatus} accepts.
 *
 * @example
 * ```ts
 * new RegExp(SUCCESS_STATUS_PATTERN).test('204'); // true
 * ```
 */
export const SUCCESS_STATUS_PATTERN = '^2\\d\\d$';

/**
 * Whether an HTTP status (`'201'`) is a success: 2xx. A call that did not succeed is a failed
 * call, whose response body is the SaaSus error body.
 *
 * @example
 * ```ts
 * isSuccessStatus('201'); // true
 * isSuccessStatus('404'); // false
 * ```
 */
export function isSuccessStatus(status: string): boolean {
  return status.length === 3 && status[0] === '2';
}

/**
 * The status an operation's sample events carry (`createTestEvent`, the generated fixtures): the
 * first success status listed, else the first status; `undefined` when none is listed.
 *
 * @example
 * ```ts
 * sampleStatus(['400', '201', '500']); // '201'
 * ```
 */
export function sampleStatus(statuses: readonly string[]): string | undefined {
  return statuses.find(isSuccessStatus) ?? statuses[0];
}

/**
 * Which response body schema applies to a call answered with `status`, given an operation's
 * schemas by status (`null` for a status without a body): the status's own when it is listed;
 * otherwise the first listed status of the same class (success or not), so that a status the
 * spec does not list is judged by its class. `undefined` when no status of the class is listed.
 *
 * @example
 * ```ts
 * const responses = { '200': 'Tenant', '500': 'Error' };
 * responseShapeName(responses, '200'); // 'Tenant'
 * responseShapeName(responses, '201'); // 'Tenant'
 * responseShapeName(responses, '404'); // 'Error'
 * ```
 */
export function responseShapeName(responses: Readonly<Record<string, string | null>>, status: string): string | null | undefined {
  const exact = responses[status];
  if (exact !== undefined) return exact;
  const success = isSuccessStatus(status);
  for (const [listed, shape] of Object.entries(responses)) {
    if (isSuccessStatus(listed) === success) return shape;
  }
  return undefined;
}
