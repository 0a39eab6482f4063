import { createOperationMatcher } from '../catalogue/match-operation.js';
import type { OperationEntry } from '../catalogue/operation.js';

const PARAM = /^\{.+\}$/;
const ANY_SEGMENT = '[^/?#]+';
// The decoder ignores a leading and a trailing slash, a query string and a fragment, whatever
// they hold: `[\s\S]`, not `.`, which would stop at a line break.
const TAIL = '/?(?:[?#][\\s\\S]*)?$';

/**
 * Creates a function that gives, for an operation, the regular expression (ECMA-262, as JSON
 * Schema `pattern` uses) of the `uri` values the decoder matches to it. Patterns are built on
 * first request and kept.
 *
 * Where a `uri` fits two templates the decoder picks the one with a literal segment
 * (`/v1/auth/users/count` is GetSaasUsersCount, not GetSaasUser): the pattern of the losing
 * operation excludes the winner's `uri`s with a negative lookahead, so that the schema and the
 * decoder agree. Which one wins is asked of the decoder's own matcher.
 *
 * @example
 * ```ts
 * const uriPattern = createUriPatterns(operations);
 * uriPattern(createTenant); // '^/?v1/auth/tenants/?(?:[?#][\\s\\S]*)?$'
 * ```
 */
export function createUriPatterns(operations: readonly OperationEntry[]): (operation: OperationEntry) => string {
  const match = createOperationMatcher(operations);
  const filler = freeSegment(operations);
  const patterns = new Map<OperationEntry, string>();
  return (operation) => {
    let pattern = patterns.get(operation);
    if (pattern === undefined) {
      const winners = operations.filter((other) => {
        if (other === operation || other.method !== operation.method) return false;
        const uri = overlapUri(operation.pathTemplate, other.pathTemplate, filler);
        return uri !== undefined && match(operation.method, uri)?.operation === other;
      });
      const exclusions = winners.map((winner) => `(?!/?${templateRegex(winner.pathTemplate)}${TAIL})`).join('');
      pattern = `^${exclusions}/?${templateRegex(operation.pathTemplate)}${TAIL}`;
      patterns.set(operation, pattern);
    }
    return pattern;
  };
}

function segmentsOf(template: string): string[] {
  return template.split('/').filter((segment) => segment !== '');
}

function templateRegex(template: string): string {
  return segmentsOf(template)
    .map((segment) => (PARAM.test(segment) ? ANY_SEGMENT : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
}

/**
 * A segment that no template holds as a literal: as the value of a parameter that two templates
 * share, it sends their common `uri` where any `uri` with a value of its own goes.
 */
function freeSegment(operations: readonly OperationEntry[]): string {
  const literals = new Set(operations.flatMap((operation) => segmentsOf(operation.pathTemplate)));
  let segment = 'x';
  while (literals.has(segment)) segment += 'x';
  return segment;
}

/** A `uri` both templates match, or `undefined` when no `uri` can match both. */
function overlapUri(a: string, b: string, filler: string): string | undefined {
  const aSegments = segmentsOf(a);
  const bSegments = segmentsOf(b);
  if (aSegments.length !== bSegments.length) return undefined;
  const merged: string[] = [];
  for (let index = 0; index < aSegments.length; index++) {
    const aSegment = aSegments[index]!;
    const bSegment = bSegments[index]!;
    const aParam = PARAM.test(aSegment);
    const bParam = PARAM.test(bSegment);
    if (!aParam && !bParam && aSegment !== bSegment) return undefined;
    merged.push(aParam ? (bParam ? filler : bSegment) : aSegment);
  }
  return `/${merged.join('/')}`;
}
