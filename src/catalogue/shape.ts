/**
 * A body schema in the compact form the generator writes into `src/generated/catalogue.ts`.
 *
 * It is plain data, so the catalogue of every SaaSus operation costs a few kilobytes and no
 * work at import; the validator and the zod builder both read it.
 *
 * - a string names a primitive: `'string'`, `'number'`, `'integer'`, `'boolean'`, or `'unknown'`
 *   (any JSON value);
 * - `{ ref }` names a shared component schema in `shapes`;
 * - `{ enum }` is a string or number from a known list (unknown values are accepted and
 *   reported in strict mode, because SaaSus adds values without notice);
 * - `{ array }` is a list of one shape;
 * - `{ object, required, rest, since, gone }` is an object with known properties; `rest` is the
 *   shape of any further property (`additionalProperties`), absent when the spec allows none;
 *   `since` dates the properties today's spec requires that earlier versions did not (optional,
 *   reported in strict mode when missing from a call made on or after that date); `gone` dates
 *   the properties of earlier versions that today's spec lacks (accepted, reported in strict mode
 *   in a call made on or after that date);
 * - `{ anyOf }` is any one of several shapes;
 * - `{ nullable }` is a shape or `null`.
 *
 * @example
 * ```ts
 * const tenantProps: Shape = {
 *   object: { name: 'string', attributes: { object: {}, rest: 'unknown' } },
 *   required: ['name', 'attributes'],
 * };
 * ```
 */
export type Shape =
  | PrimitiveShape
  | { readonly ref: string }
  | { readonly enum: readonly (string | number)[] }
  | { readonly array: Shape }
  | ObjectShape
  | { readonly anyOf: readonly Shape[] }
  | { readonly nullable: Shape };

/**
 * The primitive shapes a {@link Shape} can name.
 *
 * @example
 * ```ts
 * const id: PrimitiveShape = 'string';
 * ```
 */
export type PrimitiveShape = 'string' | 'number' | 'integer' | 'boolean' | 'unknown';

/**
 * An object {@link Shape}.
 *
 * @example
 * ```ts
 * const error: ObjectShape = { object: { type: 'string', message: 'string' }, required: ['type', 'message'] };
 * ```
 */
export interface ObjectShape {
  readonly object: Readonly<Record<string, Shape>>;
  readonly required?: readonly string[];
  readonly rest?: Shape;
  /** Properties required by today's spec, not by earlier versions: the date since which it requires them. */
  readonly since?: Readonly<Record<string, string>>;
  /** Properties of earlier versions that today's spec lacks: the first version without them. */
  readonly gone?: Readonly<Record<string, string>>;
}
