import type { SaasusEventIssue, SaasusEventIssueCode } from '../errors.js';

type PathSegment = string | number;

// Keys come from untrusted input: a megabyte-long key must not become a megabyte-long message.
const MAX_KEY_LENGTH = 64;
// A 10 MB body of wrong values would otherwise make millions of issues (gigabytes in a Lambda).
export const MAX_ISSUES = 100;

/**
 * Collects issues while the decoder walks an event. The current path is one shared stack, so a
 * valid event allocates nothing for paths; an issue copies the stack when it is raised.
 */
export class IssueCollector {
  readonly issues: SaasusEventIssue[] = [];
  readonly path: PathSegment[] = [];
  /** Issues past {@link MAX_ISSUES}: counted, not kept. */
  omitted = 0;
  /**
   * The day of the call whose bodies are being checked (`YYYY-MM-DD`, from the log's
   * `date_time`): strict mode reports a field missing or removed since a version of the spec
   * only in calls made on or after that version's date: `!(callDate < date)`, so that
   * `undefined` reports them always.
   */
  callDate: string | undefined = undefined;

  constructor(readonly strict: boolean) {}

  add(code: SaasusEventIssueCode, message: string, ...extra: PathSegment[]): void {
    if (this.issues.length >= MAX_ISSUES) {
      this.omitted++;
      return;
    }
    const path = this.path.concat(extra).map(clipKey);
    this.issues.push({ code, path, message });
  }

  /** The issues kept (at most {@link MAX_ISSUES}); more than zero whenever any issue was raised. */
  get count(): number {
    return this.issues.length;
  }
}

function clipKey(segment: PathSegment): PathSegment {
  return typeof segment === 'string' && segment.length > MAX_KEY_LENGTH
    ? `${segment.slice(0, MAX_KEY_LENGTH)}…`
    : segment;
}

/**
 * The message of the issue that stands for `omitted` issues past the cap, in the zod schemas and
 * in the Standard Schema.
 *
 * @example
 * ```ts
 * omittedMessage(12); // '12 more issues not listed (the first 100 are)'
 * ```
 */
export function omittedMessage(omitted: number): string {
  return `${omitted} more ${omitted === 1 ? 'issue' : 'issues'} not listed (the first ${MAX_ISSUES} are)`;
}

/** The message of a `missing_since` issue. */
export const missingSinceMessage = (date: string): string => `missing; sent since ${date}`;

/** The message of a `removed_field` issue. */
export const removedFieldMessage = (date: string): string => `removed from the schema on ${date}`;

/** The message of an `undeclared_null` issue. */
export const UNDECLARED_NULL_MESSAGE = 'null, not declared by the schema';
