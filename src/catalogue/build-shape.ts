import { PRIMITIVE_TAGS, type AnyOfShape, type ArrayShape, type EnumShape, type NullableShape, type ObjectShape, type PrimitiveTypeShape, type PrimitiveShape, type RefShape, type Shape } from './shape.js';

/**
 * The {@link Shape} of a primitive type.
 *
 * @example
 * ```ts
 * primitiveShape('integer'); // { k: 'i' }
 * ```
 */
export function primitiveShape(type: PrimitiveShape): PrimitiveTypeShape {
  return { k: PRIMITIVE_TAGS[type] };
}

/**
 * The {@link Shape} that names a component shape.
 *
 * @example
 * ```ts
 * refShape('Tenant'); // { k: 'r', v: 'Tenant' }
 * ```
 */
export function refShape(name: string): RefShape {
  return { k: 'r', v: name };
}

/**
 * The {@link Shape} of an enum.
 *
 * @example
 * ```ts
 * enumShape(['code', 'link']); // { k: 'e', v: ['code', 'link'] }
 * ```
 */
export function enumShape(values: readonly (string | number)[]): EnumShape {
  return { k: 'e', v: values };
}

/**
 * The {@link Shape} of an array.
 *
 * @example
 * ```ts
 * arrayShape(primitiveShape('string')); // { k: 'a', v: { k: 's' } }
 * ```
 */
export function arrayShape(items: Shape): ArrayShape {
  return { k: 'a', v: items };
}

/**
 * The {@link Shape} of an object with the `required` properties (none by default): it lists the
 * others as optional, and leaves that list out when empty and `rest` when absent, as the
 * catalogue writes them. A required property that `properties` lacks is an error.
 *
 * @example
 * ```ts
 * objectShape({ name: primitiveShape('string'), note: primitiveShape('string') }, ['name']);
 * // { k: 'o', v: { name: { k: 's' }, note: { k: 's' } }, o: ['note'] }
 * ```
 */
export function objectShape(properties: Readonly<Record<string, Shape>>, required: readonly string[] = [], rest?: Shape): ObjectShape {
  const undeclared = required.find((name) => !Object.hasOwn(properties, name));
  if (undeclared !== undefined) throw new Error(`an object shape requires ${undeclared}, which it does not declare`);
  const optional = Object.keys(properties).filter((name) => !required.includes(name));
  return { k: 'o', v: properties, ...(optional.length > 0 ? { o: optional } : {}), ...(rest !== undefined ? { x: rest } : {}) };
}

/**
 * The {@link Shape} that is any one of several shapes.
 *
 * @example
 * ```ts
 * anyOfShape([primitiveShape('integer'), primitiveShape('string')]);
 * ```
 */
export function anyOfShape(options: readonly Shape[]): AnyOfShape {
  return { k: '|', v: options };
}

/**
 * The {@link Shape} that is `inner` or `null`.
 *
 * @example
 * ```ts
 * nullableShape(primitiveShape('string')); // { k: '?', v: { k: 's' } }
 * ```
 */
export function nullableShape(inner: Shape): NullableShape {
  return { k: '?', v: inner };
}
