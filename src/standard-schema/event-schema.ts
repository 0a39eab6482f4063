import { safeParseEvent, type ParseOptions } from '../decoder/parse-event.js';
import type { SaasusEventError } from '../errors.js';
import { omittedMessage } from '../core/issues.js';
import type { SaasusEvent } from '../envelope/types.js';
import type { StandardSchemaV1 } from './standard-schema-v1.js';

/**
 * The type of {@link eventSchema}: a Standard Schema of SaaSus events whose `validate` is
 * synchronous and whose every issue has a non-empty `path`.
 *
 * @example
 * ```ts
 * const schema: StandardEventSchema = createEventSchema({ strict: true });
 * const result = schema['~standard'].validate(input); // never a Promise
 * ```
 */
export interface StandardEventSchema extends StandardSchemaV1<unknown, SaasusEvent> {
  /** What every Standard Schema carries; `validate` runs `safeParseEvent`. */
  readonly '~standard': Omit<StandardSchemaV1.Props<unknown, SaasusEvent>, 'validate'> & {
    /** Decodes and checks a value: `{ value }`, the event as `parseEvent` returns it, or `{ issues }`; never a Promise. */
    readonly validate: (value: unknown, options?: StandardSchemaV1.Options | undefined) => StandardSchemaV1.SuccessResult<SaasusEvent> | StandardSchemaV1.FailureResult;
  };
}

/**
 * The path of an issue about the input as a whole (not an object, not JSON, unreadable) and of
 * the issue that counts those past the first 100: a Standard Schema issue of this package always
 * has a non-empty path, and this is how `formatPath` names the root.
 */
const ROOT: readonly [string] = ['(root)'];

/**
 * Builds a Standard Schema (v1) of SaaSus events that runs `safeParseEvent` with the given
 * options: `validate` is synchronous and gives `{ value }`, the event exactly as `parseEvent`
 * returns it, or `{ issues }`, the decoder's issues (the first 100, and one that counts the
 * rest) with their messages and paths, never a field's value. Needs no zod.
 *
 * @example
 * ```ts
 * import { parse } from '@aws-lambda-powertools/parser';
 *
 * const strictEventSchema = createEventSchema({ strict: true });
 * const event = parse(input, undefined, strictEventSchema);
 * ```
 */
export function createEventSchema(options?: ParseOptions): StandardEventSchema {
  return Object.freeze({
    '~standard': Object.freeze({
      version: 1 as const,
      vendor: 'saasus-eventbridge',
      validate(value: unknown): StandardSchemaV1.SuccessResult<SaasusEvent> | StandardSchemaV1.FailureResult {
        const result = safeParseEvent(value, options);
        return result.success ? { value: result.data } : { issues: standardIssues(result.error) };
      },
    }),
  });
}

/**
 * The Standard Schema (v1) of any SaaSus event (see {@link createEventSchema}), for tools that
 * take Standard Schemas, such as Powertools for AWS Lambda's parser. From the root entry point:
 * it needs no zod.
 *
 * @example
 * ```ts
 * import { parse } from '@aws-lambda-powertools/parser';
 *
 * const event = parse(input, undefined, eventSchema); // SaasusEvent, or a ParseError
 * ```
 */
export const eventSchema: StandardEventSchema = /* @__PURE__ */ createEventSchema();

function standardIssues(error: SaasusEventError): StandardSchemaV1.Issue[] {
  const issues: StandardSchemaV1.Issue[] = error.issues.map((issue) => ({
    message: issue.message,
    path: issue.path.length > 0 ? [...issue.path] : [...ROOT],
  }));
  if (error.omitted > 0) issues.push({ message: omittedMessage(error.omitted), path: [...ROOT] });
  return issues;
}
