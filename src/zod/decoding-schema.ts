import { z } from 'zod';
import type { SaasusEventIssue } from '../errors.js';
import type { JsonSchema, JsonSchemaForm } from '../json-schema/json-schema.js';
import { reportIssues } from './report-issues.js';

/**
 * What a decoder gives a {@link decodingSchema}: the value, or the issues it kept and how many
 * more it counted.
 */
export type DecoderResult<Output> =
  | { readonly success: true; readonly data: Output }
  | { readonly success: false; readonly issues: readonly SaasusEventIssue[]; readonly omitted: number };

/** How many schemas of each name were made: the first is `name`, the next `name:2`, …. */
const created = new Map<string, number>();

/**
 * A zod schema that runs one of the library's decoders: raw input in, decoded value out, the
 * decoder's issues (at most 100 kept, the rest counted in one more issue) as zod issues.
 *
 * It carries the library's JSON Schema of what it accepts, which `z.toJSONSchema` and zod's
 * Standard JSON Schema use instead of failing on the transform: zod asks every schema for its own
 * `_zod.toJSONSchema` first. The raw form describes the input side (`io: 'input'`), the decoded
 * form the output side (the default). Each is a schema resource of its own (`$id`
 * `urn:saasus-eventbridge:<name>:<form>`, with its `$defs`), so that its references hold wherever
 * zod places it; it is built anew on each conversion, as `toJsonSchema` builds it. A document may
 * hold a resource once (ajv refuses a repeated `$id`): schemas made with the same name are
 * numbered (`event:2`), and zod's `reused: 'ref'` option writes one schema used at several places once.
 *
 * @example
 * ```ts
 * const Schema = decodingSchema('event', (input) => decode(input), (form) => toJsonSchema({ form }));
 * ```
 */
export function decodingSchema<Output>(
  name: string,
  decode: (input: unknown) => DecoderResult<Output>,
  jsonSchema: (form: JsonSchemaForm) => JsonSchema,
): z.ZodPipe<z.ZodUnknown, z.ZodTransform<Output, unknown>> {
  const count = (created.get(name) ?? 0) + 1;
  created.set(name, count);
  const id = count === 1 ? name : `${name}:${count}`;
  const schema = z.unknown().transform((input, ctx): Output => {
    const result = decode(input);
    if (result.success) return result.data;
    reportIssues(ctx, result.issues, result.omitted);
    return z.NEVER;
  });
  schema.in._zod.toJSONSchema = () => schemaResource(jsonSchema('raw'), `${id}:raw`);
  schema.out._zod.toJSONSchema = () => schemaResource(jsonSchema('decoded'), `${id}:decoded`);
  return schema;
}

/**
 * A schema to embed in another: its own `$id`, no `$schema` (the document's root says which), and
 * a `$ref` at its root moved into `allOf`, where every validator resolves it against the `$id`
 * (ajv loops on a root `$ref` beside `$id` when the resource is itself reached by a `$ref`).
 */
function schemaResource(schema: JsonSchema, name: string): JsonSchema {
  const { $schema: _draft, $ref, allOf, ...rest } = schema;
  const all = [...($ref === undefined ? [] : [{ $ref }]), ...((allOf as JsonSchema[] | undefined) ?? [])];
  return { $id: `urn:saasus-eventbridge:${name}`, ...rest, ...(all.length > 0 ? { allOf: all } : {}) };
}
