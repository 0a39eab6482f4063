import { describe, expect, it } from 'vitest';
import { shapeNamed, shapeNames } from '../../src/catalogue/catalogue.js';
import type { Shape } from '../../src/catalogue/shape.js';
import { visitShape, type ShapeVisitor } from '../../src/catalogue/visit-shape.js';

/** Names each visit with its kind and parts, to see which method got what. */
const describeShape: ShapeVisitor<string> = {
  primitive: (type) => type,
  ref: (name) => `ref ${name}`,
  enum: (values) => `enum ${values.join('/')}`,
  array: (items) => `array of ${visitShape(items, describeShape)}`,
  object: (properties, required, rest) =>
    `object {${Object.entries(properties).map(([key, value]) => `${key}${required.includes(key) ? '' : '?'}: ${visitShape(value, describeShape)}`).join(', ')}}${rest === undefined ? '' : ` rest ${visitShape(rest, describeShape)}`}`,
  anyOf: (options) => `any of ${options.map((option) => visitShape(option, describeShape)).join(' | ')}`,
  nullable: (inner) => `nullable ${visitShape(inner, describeShape)}`,
};

describe('visitShape', () => {
  it('calls the method of each kind with its parts by name', () => {
    expect(visitShape({ k: 's' }, describeShape)).toBe('string');
    expect(visitShape({ k: 'n' }, describeShape)).toBe('number');
    expect(visitShape({ k: 'i' }, describeShape)).toBe('integer');
    expect(visitShape({ k: 'b' }, describeShape)).toBe('boolean');
    expect(visitShape({ k: 'u' }, describeShape)).toBe('unknown');
    expect(visitShape({ k: 'r', v: 'Tenant' }, describeShape)).toBe('ref Tenant');
    expect(visitShape({ k: 'e', v: ['a', 'b'] }, describeShape)).toBe('enum a/b');
    expect(visitShape({ k: 'a', v: { k: 's' } }, describeShape)).toBe('array of string');
    expect(visitShape({ k: '|', v: [{ k: 'i' }, { k: 's' }] }, describeShape)).toBe('any of integer | string');
    expect(visitShape({ k: '?', v: { k: 'b' } }, describeShape)).toBe('nullable boolean');
    expect(visitShape({ k: 'o', v: { a: { k: 's' }, b: { k: 'i' } }, o: ['b'], x: { k: 'u' } }, describeShape)).toBe('object {a: string, b?: integer} rest unknown');
  });

  it('takes every property of an object without `o` for required, and gives one without `x` no rest', () => {
    expect(visitShape({ k: 'o', v: { a: { k: 's' }, b: { k: 'i' } } }, describeShape)).toBe('object {a: string, b: integer}');
    expect(visitShape({ k: 'o', v: {} }, describeShape)).toBe('object {}');
  });

  it('passes the shape itself last', () => {
    const shape: Shape = { k: 'a', v: { k: 's' } };
    const itself: ShapeVisitor<unknown> = { ...describeShape, array: (_items, visited) => visited };
    expect(visitShape(shape, itself)).toBe(shape);
  });

  it('fails loudly on a kind it does not know', () => {
    expect(() => visitShape({ k: 'x' } as unknown as Shape, describeShape)).toThrow('catalogue shape of unknown kind "x"');
  });

  it('knows the kind of every part of every catalogue shape', () => {
    for (const name of shapeNames()) expect(() => visitShape(shapeNamed(name), describeShape), name).not.toThrow();
  });
});
