import { z } from 'zod';
import { capIssues } from './issue-cap.js';

/**
 * A field that SaaSus sends either as a value or as a JSON string of that value: decodes the
 * string, then validates with `schema`. Paths of issues inside the string continue through it.
 *
 * The JSON error is reported without the text, which may be a secret or a request body. At most
 * 100 issues are reported, and one that counts the rest, as `parseEvent` does.
 *
 * @example
 * ```ts
 * const Body = jsonOrValue(z.looseObject({ id: z.string() }));
 * Body.parse('{"id":"t1"}'); // { id: 't1' }
 * Body.parse({ id: 't1' }); // { id: 't1' }
 * ```
 */
export function jsonOrValue<Schema extends z.ZodType>(schema: Schema) {
  return capIssues(
    z.preprocess((value, ctx) => {
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected a JSON string, but it is not valid JSON', input: undefined });
        return z.NEVER;
      }
    }, schema),
  );
}

/**
 * A request or response body: decoded like {@link jsonOrValue}, with an empty string, `null`, the
 * JSON text `"null"` or absence decoding to `undefined`, which `schema` must then accept unless
 * `optional` is set (the same rule as `parseEvent`).
 *
 * @example
 * ```ts
 * const Body = jsonBody(z.looseObject({ id: z.string() }), { optional: true });
 * Body.parse(''); // undefined
 * ```
 */
export function jsonBody<Schema extends z.ZodType>(schema: Schema, options: { readonly optional?: boolean } = {}) {
  const target = options.optional === true ? schema.optional() : schema;
  const emptyToUndefined = z.preprocess((value) => (value === null ? undefined : value), target);
  return z.preprocess((value) => (value === '' ? undefined : value), jsonOrValue(emptyToUndefined));
}
