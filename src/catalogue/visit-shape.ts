import type { ArrayShape, AnyOfShape, EnumShape, NullableShape, ObjectShape, PrimitiveTypeShape, PrimitiveShape, RefShape, Shape } from './shape.js';

/**
 * What to do with each kind of {@link Shape}: one method per kind, each given the parts of the
 * shape by name (and the shape itself, last). A visitor that lacks a kind does not compile.
 *
 * @example
 * ```ts
 * const depth: ShapeVisitor<number> = {
 *   primitive: () => 0,
 *   ref: () => 0,
 *   enum: () => 0,
 *   array: (items) => 1 + visitShape(items, depth),
 *   object: (properties) => 1 + Math.max(0, ...Object.values(properties).map((property) => visitShape(property, depth))),
 *   anyOf: (options) => Math.max(...options.map((option) => visitShape(option, depth))),
 *   nullable: (inner) => visitShape(inner, depth),
 * };
 * ```
 */
export interface ShapeVisitor<R> {
  primitive(type: PrimitiveShape, shape: PrimitiveTypeShape): R;
  ref(name: string, shape: RefShape): R;
  enum(values: readonly (string | number)[], shape: EnumShape): R;
  array(items: Shape, shape: ArrayShape): R;
  object(properties: Readonly<Record<string, Shape>>, required: readonly string[], rest: Shape | undefined, shape: ObjectShape): R;
  anyOf(options: readonly Shape[], shape: AnyOfShape): R;
  nullable(inner: Shape, shape: NullableShape): R;
}

/**
 * The required properties of an object shape, in the order of its properties (the visitor's
 * `object` method gets them too).
 *
 * @example
 * ```ts
 * requiredOf({ k: 'o', v: { name: { k: 's' }, note: { k: 's' } }, o: ['note'] }); // ['name']
 * ```
 */
export function requiredOf(shape: ObjectShape): readonly string[] {
  const optional = shape.o;
  const keys = Object.keys(shape.v);
  return optional === undefined ? keys : keys.filter((key) => !optional.includes(key));
}

/**
 * Calls the visitor's method for the kind of `shape`: the one dispatch over shapes that the
 * validator, the JSON Schema writer, the sample builder and the generator share.
 *
 * @example
 * ```ts
 * visitShape({ k: 'a', v: { k: 's' } }, depth); // 1
 * ```
 */
export function visitShape<R>(shape: Shape, visitor: ShapeVisitor<R>): R {
  switch (shape.k) {
    case 's':
      return visitor.primitive('string', shape);
    case 'n':
      return visitor.primitive('number', shape);
    case 'i':
      return visitor.primitive('integer', shape);
    case 'b':
      return visitor.primitive('boolean', shape);
    case 'u':
      return visitor.primitive('unknown', shape);
    case 'r':
      return visitor.ref(shape.v, shape);
    case 'e':
      return visitor.enum(shape.v, shape);
    case 'a':
      return visitor.array(shape.v, shape);
    case 'o':
      return visitor.object(shape.v, requiredOf(shape), shape.x, shape);
    case '|':
      return visitor.anyOf(shape.v, shape);
    case '?':
      return visitor.nullable(shape.v, shape);
    default:
      return unknownKind(shape);
  }
}

function unknownKind(shape: never): never {
  throw new Error(`catalogue shape of unknown kind ${JSON.stringify((shape as { k?: unknown }).k)}`);
}
