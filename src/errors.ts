/**
 * What went wrong in one place of an event.
 *
 * `path` leads from the raw event to the bad field, through JSON strings as if they were
 * decoded (`['detail', 'event', 'response_body', 'id']`). `message` describes the problem and
 * never quotes the value that was found, so an issue is safe to log even when the field holds
 * the SaaS's `api_key` or a user's personal data.
 *
 * @example
 * ```ts
 * const issue: SaasusEventIssue = {
 *   code: 'invalid_type',
 *   path: ['detail', 'event', 'http_status'],
 *   message: 'expected string, received number',
 * };
 * ```
 */
export interface SaasusEventIssue {
  readonly code: SaasusEventIssueCode;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * The kinds of {@link SaasusEventIssue}. `parseEvent` raises `unknown_field`,
 * `unknown_event_type`, `unknown_enum_value`, `unexpected_value`, `operation_mismatch`,
 * `unlisted_event_type`, `missing_since`, `removed_field` and `undeclared_null` only in strict mode, and `unexpected_origin` only when `expect` is set
 * (an event from a SaaS, account or source not listed). The zod schema of one event type
 * (`getEventSchema`) also raises `unexpected_value` for a valid event of another type.
 *
 * - `unknown_event_type`: no operation of the catalogue has this `event_type` in any spelling.
 * - `operation_mismatch`: the `event_type` names an operation, but `request_method` and `uri`
 *   name another one (or none).
 * - `unlisted_event_type`: the `event_type` names the operation that was called in a spelling
 *   the catalogue does not list (`createapigateway` for `create_api_gateway`): outside strict
 *   mode the event decodes as that operation's, with the canonical name in `event_type`.
 * - `missing_since` (strict mode): a field or body today's SaaSus API schema requires is missing,
 *   but earlier versions of the schema did not have it; the message gives the date since which
 *   SaaSus sends it. Reported only for a call made on or after that date (by its `date_time`):
 *   an older event lacks it by right, and outside strict mode it is never an issue.
 * - `removed_field` (strict mode): a field that earlier versions of the schema had and today's
 *   lacks, in a call made on or after the date it was removed (the message gives it). The field
 *   is known, never `unknown_field`.
 * - `undeclared_null` (strict mode): an optional field is `null` where the schema declares no
 *   `null` (SaaSus's server writes an absent optional field as `null`: outside strict mode it is
 *   accepted). A required field is never `null`: that is `invalid_type`.
 *
 * @example
 * ```ts
 * const onlyDrift = (issues: readonly SaasusEventIssue[]) =>
 *   issues.every((issue) => issue.code === 'unknown_field' || issue.code === 'unknown_event_type');
 * ```
 */
export type SaasusEventIssueCode =
  | 'invalid_type'
  | 'required'
  | 'invalid_json'
  | 'invalid_format'
  | 'no_matching_shape'
  | 'unreadable_input'
  | 'unknown_field'
  | 'unknown_event_type'
  | 'unknown_enum_value'
  | 'unexpected_value'
  | 'operation_mismatch'
  | 'unlisted_event_type'
  | 'unexpected_origin'
  | 'missing_since'
  | 'removed_field'
  | 'undeclared_null';

/**
 * Thrown by `parseEvent` (and returned by `safeParseEvent`) when an event is invalid.
 *
 * The message lists every failing path; `issues` holds them as data. Neither ever contains the
 * value of a field, so logging the error cannot leak `api_key` or a request body.
 *
 * @example
 * ```ts
 * try {
 *   parseEvent(input);
 * } catch (error) {
 *   if (error instanceof SaasusEventError) console.error(error.issues.map((i) => i.path.join('.')));
 *   throw error;
 * }
 * ```
 */
export class SaasusEventError extends Error {
  override readonly name = 'SaasusEventError';
  /** The issues, in the order found; the decoder keeps the first 100 (the message counts all). */
  readonly issues: readonly SaasusEventIssue[];
  /** How many issues were found beyond those in `issues` and not kept. */
  readonly omitted: number;

  /**
   * @param omitted issues found beyond those in `issues` and not kept; counted in the message.
   */
  constructor(issues: readonly SaasusEventIssue[], omitted = 0) {
    super(formatIssues(issues, omitted));
    this.issues = issues;
    this.omitted = omitted;
  }
}

const MAX_LISTED_ISSUES = 10;

function formatIssues(issues: readonly SaasusEventIssue[], omitted: number): string {
  const total = issues.length + omitted;
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `  at ${formatPath(issue.path)}: ${issue.message}`);
  if (total > MAX_LISTED_ISSUES) listed.push(`  … and ${total - MAX_LISTED_ISSUES} more`);
  const noun = total === 1 ? 'issue' : 'issues';
  return `Invalid SaaSus event (${total} ${noun}):\n${listed.join('\n')}`;
}

/**
 * Formats an issue path the way error messages show it: `detail.event.response_body.plan_histories[0]`.
 *
 * @example
 * ```ts
 * formatPath(['detail', 'event', 'response_body', 'id']); // 'detail.event.response_body.id'
 * formatPath([]); // '(root)'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
