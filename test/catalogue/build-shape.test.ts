import { describe, expect, it } from 'vitest';
import { anyOfShape, arrayShape, enumShape, nullableShape, objectShape, primitiveShape, refShape } from '../../src/catalogue/build-shape.js';

describe('shape builders', () => {
  it('write each kind with its tag', () => {
    expect(['string', 'number', 'integer', 'boolean', 'unknown'].map((type) => primitiveShape(type as 'string'))).toEqual([{ k: 's' }, { k: 'n' }, { k: 'i' }, { k: 'b' }, { k: 'u' }]);
    expect(refShape('Tenant')).toEqual({ k: 'r', v: 'Tenant' });
    expect(enumShape([1, 2])).toEqual({ k: 'e', v: [1, 2] });
    expect(arrayShape({ k: 's' })).toEqual({ k: 'a', v: { k: 's' } });
    expect(anyOfShape([{ k: 's' }])).toEqual({ k: '|', v: [{ k: 's' }] });
    expect(nullableShape({ k: 's' })).toEqual({ k: '?', v: { k: 's' } });
  });

  it('list the properties not required as optional, and leave out an empty list and an absent rest, as the catalogue does', () => {
    expect(objectShape({ a: { k: 's' }, b: { k: 's' } })).toStrictEqual({ k: 'o', v: { a: { k: 's' }, b: { k: 's' } }, o: ['a', 'b'] });
    expect(objectShape({ a: { k: 's' }, b: { k: 's' } }, ['b'])).toStrictEqual({ k: 'o', v: { a: { k: 's' }, b: { k: 's' } }, o: ['a'] });
    expect(objectShape({ a: { k: 's' } }, ['a'], { k: 'u' })).toStrictEqual({ k: 'o', v: { a: { k: 's' } }, x: { k: 'u' } });
    expect(objectShape({})).toStrictEqual({ k: 'o', v: {} });
  });

  it('refuse to require a property the object does not declare', () => {
    expect(() => objectShape({ a: { k: 's' } }, ['a', 'b'])).toThrow('an object shape requires b, which it does not declare');
  });
});
