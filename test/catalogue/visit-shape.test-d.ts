import { describe, expectTypeOf, it } from 'vitest';
import type { PrimitiveShape, Shape } from '../../src/catalogue/shape.js';
import { visitShape, type ShapeVisitor } from '../../src/catalogue/visit-shape.js';

const complete: ShapeVisitor<number> = {
  primitive: () => 0,
  ref: () => 0,
  enum: () => 0,
  array: () => 0,
  object: () => 0,
  anyOf: () => 0,
  nullable: () => 0,
};

describe('ShapeVisitor', () => {
  it('needs a method for every kind', () => {
    // @ts-expect-error: no method for nullable shapes
    const missingNullable: ShapeVisitor<number> = { primitive: () => 0, ref: () => 0, enum: () => 0, array: () => 0, object: () => 0, anyOf: () => 0 };
    void missingNullable;
  });

  it('types the parts each method gets, and the result', () => {
    visitShape<void>({ k: 's' }, {
      primitive: (type) => expectTypeOf(type).toEqualTypeOf<PrimitiveShape>(),
      ref: (name) => expectTypeOf(name).toEqualTypeOf<string>(),
      enum: (values) => expectTypeOf(values).toEqualTypeOf<readonly (string | number)[]>(),
      array: (items) => expectTypeOf(items).toEqualTypeOf<Shape>(),
      object: (properties, required, rest) => {
        expectTypeOf(properties).toEqualTypeOf<Readonly<Record<string, Shape>>>();
        expectTypeOf(required).toEqualTypeOf<readonly string[]>();
        expectTypeOf(rest).toEqualTypeOf<Shape | undefined>();
      },
      anyOf: (options) => expectTypeOf(options).toEqualTypeOf<readonly Shape[]>(),
      nullable: (inner) => expectTypeOf(inner).toEqualTypeOf<Shape>(),
    });
    expectTypeOf(visitShape({ k: 'u' }, complete)).toEqualTypeOf<number>();
  });

  it('accepts only tagged shapes', () => {
    // @ts-expect-error: the untagged form is gone
    visitShape('string', complete);
    // @ts-expect-error: a tag that is no kind
    visitShape({ k: 'x' }, complete);
  });
});
