import { z } from 'zod';
import { saasusDetailSchema } from './zod-schemas.js';

/** A JSON string decoded the obvious way: `JSON.parse` in a transform, then the schema. */
const jsonString = (schema: z.ZodType) => z.string().transform((text): unknown => JSON.parse(text)).pipe(schema);

/**
 * The SaaSus events as a plain zod schema: a loose EventBridge envelope whose `detail` is the
 * discriminated union of the published event types.
 *
 * @example
 * ```ts
 * const event = plainZodEventSchema.parse(input);
 * ```
 */
export const plainZodEventSchema = z.looseObject({
  version: z.string(),
  id: z.string(),
  'detail-type': z.string(),
  source: z.string(),
  account: z.string(),
  time: z.iso.datetime(),
  region: z.string(),
  resources: z.array(z.string()),
  'replay-name': z.string().optional(),
  detail: saasusDetailSchema(jsonString),
});

/**
 * Decodes an event with the plain zod schema; throws a `ZodError` when it is invalid.
 *
 * @example
 * ```ts
 * const event = decodeWithPlainZod(input);
 * ```
 */
export function decodeWithPlainZod(input: unknown) {
  return plainZodEventSchema.parse(input);
}
