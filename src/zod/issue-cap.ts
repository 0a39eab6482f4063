import type { z } from 'zod';
import { MAX_ISSUES, omittedMessage } from '../core/issues.js';

/**
 * The zod issue that stands for the issues past the cap: counted, not listed, as `parseEvent`
 * does (its `SaasusEventError` keeps the first 100).
 *
 * @example
 * ```ts
 * ctx.addIssue(omittedIssues(12));
 * ```
 */
export function omittedIssues(omitted: number) {
  return {
    code: 'custom' as const,
    message: omittedMessage(omitted),
    path: [],
    input: undefined,
    params: { saasus: 'omitted_issues', omitted },
  };
}

/**
 * Caps the issues `schema` reports at the decoder's cap: a value of a million wrong items gives
 * the first 100 issues and one that counts the rest, not a million issues and a message of
 * hundreds of megabytes. A refinement that runs whatever came before it; it changes neither the
 * schema's types nor its JSON Schema. Only for schemas that are not extended (`.extend()` refuses
 * objects with refinements).
 *
 * @example
 * ```ts
 * const Resources = capIssues(z.array(z.string()));
 * ```
 */
export function capIssues<Schema extends z.ZodType>(schema: Schema): Schema {
  return schema.superRefine(
    (_value, ctx) => {
      const omitted = ctx.issues.length - MAX_ISSUES;
      if (omitted <= 0) return;
      ctx.issues.length = MAX_ISSUES;
      ctx.addIssue(omittedIssues(omitted));
    },
    { when: () => true },
  );
}
