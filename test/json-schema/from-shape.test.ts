// The JSON Schema of each kind of catalogue shape, on small hand-made shapes.
import { describe, expect, it } from 'vitest';
import type { Shape } from '../../src/catalogue/shape.js';
import { defRef, jsonSchemaFromShape, type JsonSchema } from '../../src/json-schema/from-shape.js';

function convert(shape: Shape): { schema: JsonSchema; refs: string[] } {
  const refs = new Set<string>();
  const schema = jsonSchemaFromShape(shape, refs);
  return { schema, refs: [...refs] };
}

const schemaOf = (shape: Shape): JsonSchema => convert(shape).schema;

/** The schema of one optional property of that shape (the object's other property is required). */
function optionalProperty(shape: Shape): unknown {
  const schema = schemaOf({ k: 'o', v: { p: shape, q: { k: 's' } }, o: ['p'] });
  return (schema.properties as Record<string, unknown>).p;
}

describe('defRef', () => {
  it('refers into $defs', () => {
    expect(defRef('Tenant')).toEqual({ $ref: '#/$defs/Tenant' });
  });

  it('escapes ~ and / as a JSON Pointer segment, ~ first', () => {
    expect(defRef('a~b/c')).toEqual({ $ref: '#/$defs/a~0b~1c' });
    expect(defRef('~1/~0')).toEqual({ $ref: '#/$defs/~01~1~00' });
  });
});

describe('jsonSchemaFromShape', () => {
  it('gives each primitive its type, and unknown no constraint', () => {
    expect(schemaOf({ k: 's' })).toEqual({ type: 'string' });
    expect(schemaOf({ k: 'n' })).toEqual({ type: 'number' });
    expect(schemaOf({ k: 'i' })).toEqual({ type: 'integer' });
    expect(schemaOf({ k: 'b' })).toEqual({ type: 'boolean' });
    expect(schemaOf({ k: 'u' })).toEqual({});
  });

  it('refers to a component and collects its name', () => {
    expect(convert({ k: 'a', v: { k: 'r', v: 'Tenant' } })).toEqual({ schema: { type: 'array', items: { $ref: '#/$defs/Tenant' } }, refs: ['Tenant'] });
    expect(convert({ k: 'r', v: 'a/b' })).toEqual({ schema: { $ref: '#/$defs/a~1b' }, refs: ['a/b'] });
  });

  it('adds null to the type of a nullable primitive', () => {
    expect(schemaOf({ k: '?', v: { k: 's' } })).toEqual({ type: ['string', 'null'] });
    expect(schemaOf({ k: '?', v: { k: 'i' } })).toEqual({ type: ['integer', 'null'] });
  });

  it('leaves a nullable unknown unconstrained', () => {
    expect(schemaOf({ k: '?', v: { k: 'u' } })).toEqual({});
  });

  it('makes any other nullable schema one branch of anyOf', () => {
    expect(schemaOf({ k: '?', v: { k: 'r', v: 'Tenant' } })).toEqual({ anyOf: [{ $ref: '#/$defs/Tenant' }, { type: 'null' }] });
    // A `type` among other keywords is not widened.
    expect(schemaOf({ k: '?', v: { k: 'a', v: { k: 's' } } })).toEqual({ anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] });
    expect(schemaOf({ k: '?', v: { k: 'e', v: ['x'] } })).toEqual({ anyOf: [{ anyOf: [{ enum: ['x'] }, { type: 'string' }] }, { type: 'null' }] });
  });

  it('keeps enums open to other values of their type', () => {
    expect(schemaOf({ k: 'e', v: ['code', 'link'] })).toEqual({ anyOf: [{ enum: ['code', 'link'] }, { type: 'string' }] });
    expect(schemaOf({ k: 'e', v: [1, 2.5] })).toEqual({ anyOf: [{ enum: [1, 2.5] }, { type: 'number' }] });
  });

  it('copies the enum values', () => {
    const values = ['a'];
    const schema = schemaOf({ k: 'e', v: values });
    values.push('b');
    expect(schema).toEqual({ anyOf: [{ enum: ['a'] }, { type: 'string' }] });
  });

  it('gives a union of one shape as that shape, of several as anyOf, of none as an empty anyOf', () => {
    expect(schemaOf({ k: '|', v: [{ k: 's' }] })).toEqual({ type: 'string' });
    expect(schemaOf({ k: '|', v: [{ k: 'i' }, { k: 's' }] })).toEqual({ anyOf: [{ type: 'integer' }, { type: 'string' }] });
    expect(schemaOf({ k: '|', v: [{ k: 'u' }, { k: 's' }] })).toEqual({ anyOf: [{}, { type: 'string' }] });
    expect(schemaOf({ k: '|', v: [] })).toEqual({ anyOf: [] });
  });

  it('lists the required properties of an object and allows further ones', () => {
    expect(schemaOf({ k: 'o', v: { name: { k: 's' }, size: { k: 'i' } } })).toEqual({
      type: 'object',
      properties: { name: { type: 'string' }, size: { type: 'integer' } },
      required: ['name', 'size'],
    });
    expect(schemaOf({ k: 'o', v: {} })).toEqual({ type: 'object', properties: {} });
    expect(schemaOf({ k: 'o', v: { note: { k: 's' } }, o: ['note'] })).toEqual({ type: 'object', properties: { note: { type: ['string', 'null'] } } });
  });

  it('constrains further properties only by a typed rest', () => {
    expect(schemaOf({ k: 'o', v: {}, x: { k: 'u' } })).toEqual({ type: 'object', properties: {} });
    expect(schemaOf({ k: 'o', v: {}, x: { k: 's' } })).toEqual({ type: 'object', properties: {}, additionalProperties: { type: 'string' } });
    expect(convert({ k: 'o', v: {}, x: { k: 'r', v: 'Tenant' } })).toEqual({
      schema: { type: 'object', properties: {}, additionalProperties: { $ref: '#/$defs/Tenant' } },
      refs: ['Tenant'],
    });
  });

  it('accepts anything in a property of an earlier version of the schema', () => {
    expect(schemaOf({ k: 'o', v: { name: { k: 's' } }, g: { old: '2025-01-01' } })).toEqual({
      type: 'object',
      properties: { name: { type: 'string' }, old: {} },
      required: ['name'],
    });
  });

  describe('an optional property may also be null', () => {
    it('unknown: unchanged', () => {
      expect(optionalProperty({ k: 'u' })).toEqual({});
    });

    it('a primitive: null among its types', () => {
      expect(optionalProperty({ k: 's' })).toEqual({ type: ['string', 'null'] });
      expect(optionalProperty({ k: 'b' })).toEqual({ type: ['boolean', 'null'] });
    });

    it('a nullable primitive: unchanged, null not repeated', () => {
      expect(optionalProperty({ k: '?', v: { k: 'n' } })).toEqual({ type: ['number', 'null'] });
    });

    it('a schema with a null branch already: unchanged', () => {
      expect(optionalProperty({ k: '?', v: { k: 'r', v: 'Tenant' } })).toEqual({ anyOf: [{ $ref: '#/$defs/Tenant' }, { type: 'null' }] });
      expect(optionalProperty({ k: '?', v: { k: 'a', v: { k: 'i' } } })).toEqual({ anyOf: [{ type: 'array', items: { type: 'integer' } }, { type: 'null' }] });
    });

    it('any other schema: a branch of anyOf with null', () => {
      expect(optionalProperty({ k: 'r', v: 'Tenant' })).toEqual({ anyOf: [{ $ref: '#/$defs/Tenant' }, { type: 'null' }] });
      expect(optionalProperty({ k: 'a', v: { k: 's' } })).toEqual({ anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] });
      // A union without a null branch gets one.
      expect(optionalProperty({ k: '|', v: [{ k: 'i' }, { k: 's' }] })).toEqual({ anyOf: [{ anyOf: [{ type: 'integer' }, { type: 'string' }] }, { type: 'null' }] });
      // A null branch nested in a union member is not one of its own branches: null is added.
      expect(optionalProperty({ k: '|', v: [{ k: 'i' }, { k: '?', v: { k: 'a', v: { k: 's' } } }] })).toEqual({
        anyOf: [{ anyOf: [{ type: 'integer' }, { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] }] }, { type: 'null' }],
      });
    });

    it('a required property: unchanged', () => {
      const schema = schemaOf({ k: 'o', v: { p: { k: 's' }, q: { k: 'r', v: 'T' } } });
      expect(schema.properties).toEqual({ p: { type: 'string' }, q: { $ref: '#/$defs/T' } });
    });
  });
});
