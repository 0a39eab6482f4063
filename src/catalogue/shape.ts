/**
 * A body schema in the compact form the generator writes into `src/generated/catalogue.ts`.
 *
 * It is plain data, so the catalogue of every SaaSus operation costs a few kilobytes and no
 * work at import. Every shape carries its kind in `k`, a one-character tag (the catalogue holds
 * thousands of shapes, and every byte of it is in each Lambda bundle); its contents are in `v`.
 * Code reads shapes through `visitShape`, which names the kinds:
 *
 * | `k` | kind | `v` and other fields |
 * |---|---|---|
 * | `s` `n` `i` `b` | primitive: string, number, integer, boolean | - |
 * | `u` | primitive: unknown (any JSON value) | - |
 * | `r` | reference to a named component shape | the name |
 * | `e` | enum: a string or number from a known list (unknown values are accepted, and reported in strict mode, because SaaSus adds values without notice) | the values |
 * | `a` | array | the shape of its items |
 * | `o` | object with known properties | the properties; `o` the optional ones, absent when every one is required (as most are: the list is the shorter); `x` the shape of any further property (`additionalProperties`), absent when the spec allows none; `s` the date since which today's spec requires each property of `o` that earlier versions did not (reported in strict mode when missing from a call made on or after it); `g` the properties of earlier versions that today's spec lacks, with the date of the first version without them (accepted, reported in strict mode in a call made on or after it) |
 * | `\|` | any one of several shapes | the shapes |
 * | `?` | a shape or `null` | the shape |
 *
 * @example
 * ```ts
 * const tenantProps: Shape = {
 *   k: 'o',
 *   v: { name: { k: 's' }, attributes: { k: 'o', v: {}, x: { k: 'u' } }, note: { k: 's' } },
 *   o: ['note'],
 * };
 * ```
 */
export type Shape = PrimitiveTypeShape | RefShape | EnumShape | ArrayShape | ObjectShape | AnyOfShape | NullableShape;

/**
 * The tag of each primitive {@link Shape}, by the JSON type it names.
 *
 * @example
 * ```ts
 * const integer: Shape = { k: PRIMITIVE_TAGS.integer };
 * ```
 */
export const PRIMITIVE_TAGS = { string: 's', number: 'n', integer: 'i', boolean: 'b', unknown: 'u' } as const;

/**
 * The primitive types a {@link Shape} can name: a JSON type (`integer`: a number without
 * fraction), or `unknown`, any JSON value. `visitShape` passes them by these names.
 *
 * @example
 * ```ts
 * const type: PrimitiveShape = 'integer';
 * ```
 */
export type PrimitiveShape = keyof typeof PRIMITIVE_TAGS;

/**
 * A {@link Shape} that names a primitive type.
 *
 * @example
 * ```ts
 * const id: PrimitiveTypeShape = { k: 's' };
 * ```
 */
export interface PrimitiveTypeShape {
  readonly k: (typeof PRIMITIVE_TAGS)[PrimitiveShape];
}

/**
 * A {@link Shape} that names a component shape of the catalogue.
 *
 * @example
 * ```ts
 * const tenant: RefShape = { k: 'r', v: 'Tenant' };
 * ```
 */
export interface RefShape {
  readonly k: 'r';
  readonly v: string;
}

/**
 * An enum {@link Shape}: its values are all strings or all numbers.
 *
 * @example
 * ```ts
 * const method: EnumShape = { k: 'e', v: ['code', 'link'] };
 * ```
 */
export interface EnumShape {
  readonly k: 'e';
  readonly v: readonly (string | number)[];
}

/**
 * An array {@link Shape}.
 *
 * @example
 * ```ts
 * const ids: ArrayShape = { k: 'a', v: { k: 's' } };
 * ```
 */
export interface ArrayShape {
  readonly k: 'a';
  readonly v: Shape;
}

/**
 * An object {@link Shape}.
 *
 * @example
 * ```ts
 * const error: ObjectShape = { k: 'o', v: { type: { k: 's' }, message: { k: 's' }, data: { k: 'u' } }, o: ['data'] };
 * ```
 */
export interface ObjectShape {
  readonly k: 'o';
  readonly v: Readonly<Record<string, Shape>>;
  /** The optional properties, absent when every property is required. */
  readonly o?: readonly string[];
  /** The shape of the properties `v` does not name, absent when the spec allows none. */
  readonly x?: Shape;
  /** Properties today's spec requires that earlier versions did not (so optional): the date since which it requires them. */
  readonly s?: Readonly<Record<string, string>>;
  /** Properties of earlier versions that today's spec lacks: the date of the first version without them. */
  readonly g?: Readonly<Record<string, string>>;
}

/**
 * A {@link Shape} that is any one of several shapes.
 *
 * @example
 * ```ts
 * const idOrName: AnyOfShape = { k: '|', v: [{ k: 'i' }, { k: 's' }] };
 * ```
 */
export interface AnyOfShape {
  readonly k: '|';
  readonly v: readonly Shape[];
}

/**
 * A {@link Shape} that is another shape or `null`.
 *
 * @example
 * ```ts
 * const maybeName: NullableShape = { k: '?', v: { k: 's' } };
 * ```
 */
export interface NullableShape {
  readonly k: '?';
  readonly v: Shape;
}
