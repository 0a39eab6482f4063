import { decodeDetail } from '../decoder/decode-event.js';
import { IssueCollector } from '../core/issues.js';
import { checkSaasId, compileOrigin, type ExpectedOrigin } from '../decoder/expected-origin.js';
import type { SaasusEvent } from '../envelope/types.js';
import { decodingSchema, type DecoderResult } from './decoding-schema.js';
import { buildJsonSchema } from '../json-schema/json-schema.js';

/**
 * Options of {@link createSaasusEventDetailSchema}: those of `parseEvent` that `detail` alone can
 * answer. `expect.account` and `expect.source` are envelope fields, which a schema of `detail`
 * never sees: check them on the envelope (Powertools' `EventBridgeEnvelope` has them).
 *
 * @example
 * ```ts
 * const options: DetailSchemaOptions = { strict: false, expect: { saasId: process.env.SAASUS_SAAS_ID! } };
 * ```
 */
export interface DetailSchemaOptions {
  readonly strict?: boolean;
  readonly expect?: Pick<ExpectedOrigin, 'saasId'>;
}

/**
 * Builds a zod schema of a SaaSus event's `detail` alone: raw `detail` in (either SaaSus form),
 * decoded `detail` out. For tools that unwrap the EventBridge envelope themselves, such as the
 * `EventBridgeEnvelope` of Powertools for AWS Lambda's parser. Issues and JSON Schema as in
 * `createSaasusEventSchema`, for `detail`.
 *
 * @example
 * ```ts
 * const StrictDetail = createSaasusEventDetailSchema({ strict: true });
 * ```
 */
export function createSaasusEventDetailSchema(options?: DetailSchemaOptions) {
  const origin = compileOrigin(options?.expect);
  if (origin?.account !== undefined || origin?.source !== undefined) {
    throw new TypeError('a schema of detail cannot see the envelope: check expect.account and expect.source on the EventBridge envelope');
  }
  return decodingSchema(
    options?.strict === true ? 'detail:strict' : 'detail',
    (detail): DecoderResult<SaasusEvent['detail']> => {
      const issues = new IssueCollector(options?.strict === true);
      let decoded: Record<string, unknown> | undefined;
      try {
        decoded = decodeDetail(detail, issues);
      } catch {
        // As in safeParseEvent: only input that is not JSON data throws, and its error may quote it.
        issues.add('unreadable_input', 'the input could not be read as JSON data');
      }
      if (decoded !== undefined && issues.count === 0 && origin !== undefined) checkSaasId(decoded as unknown as SaasusEvent['detail'], origin, issues);
      if (decoded !== undefined && issues.count === 0) return { success: true, data: decoded as unknown as SaasusEvent['detail'] };
      return { success: false, issues: issues.issues, omitted: issues.omitted };
    },
    (form) => buildJsonSchema({ form, root: 'detail' }),
  );
}

/**
 * The `detail` of any SaaSus event, decoded (see {@link createSaasusEventDetailSchema}).
 *
 * @example
 * ```ts
 * import { parse } from '@aws-lambda-powertools/parser';
 * import { EventBridgeEnvelope } from '@aws-lambda-powertools/parser/envelopes/eventbridge';
 *
 * const detail = parse(event, EventBridgeEnvelope, SaasusEventDetailSchema);
 * ```
 */
export const SaasusEventDetailSchema = /* @__PURE__ */ createSaasusEventDetailSchema();
