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
 * Names the JSON type of a value for messages, never the value itself.
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A plain object as JSON would give it: not null, not an array.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
