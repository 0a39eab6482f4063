import { parse } from '@aws-lambda-powertools/parser';
import { JSONStringified } from '@aws-lambda-powertools/parser/helpers';
import { EventBridgeSchema } from '@aws-lambda-powertools/parser/schemas/eventbridge';
import { saasusDetailSchema } from './zod-schemas.js';

/**
 * The SaaSus events as Powertools' documentation suggests: its `EventBridgeSchema` extended with
 * our `detail`, JSON strings decoded by its `JSONStringified` helper.
 *
 * @example
 * ```ts
 * const event = parse(input, undefined, powertoolsEventSchema);
 * ```
 */
export const powertoolsEventSchema = EventBridgeSchema.extend({
  detail: saasusDetailSchema(JSONStringified),
});

/**
 * Decodes an event with Powertools' `parse`; throws its `ParseError` when it is invalid.
 *
 * @example
 * ```ts
 * const event = decodeWithPowertools(input);
 * ```
 */
export function decodeWithPowertools(input: unknown) {
  return parse(input, undefined, powertoolsEventSchema);
}
