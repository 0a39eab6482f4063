import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { JsonSchema, JsonSchemaForm } from '../../src/json-schema/json-schema.js';
import { decodingSchema, type DecoderResult } from '../../src/zod/decoding-schema.js';
import { ajvOptions } from '../support/json-schema-validators.js';

type Json = Record<string, unknown>;

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/** A schema whose decoder passes any input through, and whose JSON Schema `jsonSchema` gives. */
function passThrough(name: string, jsonSchema: (form: JsonSchemaForm) => JsonSchema) {
  return decodingSchema(name, (input): DecoderResult<unknown> => ({ success: true, data: input }), jsonSchema);
}

/** The JSON Schema zod writes for `schema` as the property `value` of an object. */
function embedded(schema: z.ZodType, io: 'input' | 'output' = 'output'): Json {
  return ((z.toJSONSchema(z.object({ value: schema }), { io }) as Json).properties as { value: Json }).value;
}

describe('decodingSchema', () => {
  it('outputs what the decoder gives, and reports its issues with their paths and codes, and the count of those it omitted', () => {
    const schema = decodingSchema(
      'decoder-result',
      (input): DecoderResult<string> =>
        input === 'good'
          ? { success: true, data: 'decoded' }
          : {
              success: false,
              issues: [
                { code: 'invalid_type', path: ['a', 0], message: 'expected string, received number' },
                { code: 'required', path: ['b'], message: 'required field is missing' },
              ],
              omitted: 3,
            },
      () => ({}),
    );
    expect(schema.parse('good')).toBe('decoded');
    expect(schema.safeParse('bad').error?.issues).toEqual([
      { code: 'custom', path: ['a', 0], message: 'expected string, received number', params: { saasus: 'invalid_type' } },
      { code: 'custom', path: ['b'], message: 'required field is missing', params: { saasus: 'required' } },
      { code: 'custom', path: [], message: '3 more issues not listed (the first 100 are)', params: { saasus: 'omitted_issues', omitted: 3 } },
    ]);
  });

  it('numbers the schemas made with one name, so that each is a resource of its own in a document', () => {
    const title = (form: JsonSchemaForm): JsonSchema => ({ $schema: DRAFT, type: 'string', title: form });
    const [first, second, third] = [passThrough('twice', title), passThrough('twice', title), passThrough('twice', title)];
    expect([first, second, third].map((schema) => embedded(schema).$id)).toEqual([
      'urn:saasus-eventbridge:twice:decoded',
      'urn:saasus-eventbridge:twice:2:decoded',
      'urn:saasus-eventbridge:twice:3:decoded',
    ]);
    expect([first, second, third].map((schema) => embedded(schema, 'input').$id)).toEqual([
      'urn:saasus-eventbridge:twice:raw',
      'urn:saasus-eventbridge:twice:2:raw',
      'urn:saasus-eventbridge:twice:3:raw',
    ]);
    // ajv refuses a document that holds one $id twice.
    const validate = new Ajv2020(ajvOptions).compile(z.toJSONSchema(z.object({ first, second, third })));
    expect(validate({ first: 'a', second: 'b', third: 'c' })).toBe(true);
    expect(validate({ first: 'a', second: 1, third: 'c' })).toBe(false);
  });

  it('describes the raw input with io "input" and the decoded output otherwise', () => {
    const schema = passThrough('forms', (form) => ({ $schema: DRAFT, title: form }));
    expect(embedded(schema).title).toBe('decoded');
    expect(embedded(schema, 'input').title).toBe('raw');
  });

  it('embeds a schema without $ref or allOf as it is, with its own $id and without $schema', () => {
    const schema = passThrough('plain', () => ({ $schema: DRAFT, type: 'string', title: 'Plain' }));
    const resource = embedded(schema);
    expect(resource).toEqual({ $id: 'urn:saasus-eventbridge:plain:decoded', type: 'string', title: 'Plain' });
    expect(resource).not.toHaveProperty('allOf');
  });

  it('moves a $ref at the root into allOf, before the rules allOf already holds, where it resolves against the $id', () => {
    const thing = { type: 'object', properties: { a: { type: 'number' } }, required: ['a'] };
    const rule = { properties: { b: { type: 'number' } }, required: ['b'] };
    const schema = passThrough('referring', () => ({ $schema: DRAFT, $ref: '#/$defs/Thing', $defs: { Thing: thing }, allOf: [rule] }));
    expect(embedded(schema)).toEqual({
      $id: 'urn:saasus-eventbridge:referring:decoded',
      $defs: { Thing: thing },
      allOf: [{ $ref: '#/$defs/Thing' }, rule],
    });
    const validate = new Ajv2020(ajvOptions).compile(z.toJSONSchema(z.object({ value: schema })));
    expect(validate({ value: { a: 1, b: 2 } })).toBe(true);
    expect(validate({ value: { a: 1 } })).toBe(false);
    expect(validate({ value: { b: 2 } })).toBe(false);
  });

  it('gives a $ref alone an allOf of that $ref, and keeps an allOf without $ref as it is', () => {
    const refOnly = passThrough('ref-only', () => ({ $ref: '#/$defs/Thing', $defs: { Thing: { type: 'string' } } }));
    expect(embedded(refOnly)).toEqual({ $id: 'urn:saasus-eventbridge:ref-only:decoded', $defs: { Thing: { type: 'string' } }, allOf: [{ $ref: '#/$defs/Thing' }] });
    const allOfOnly = passThrough('all-of-only', () => ({ allOf: [{ type: 'string' }, { minLength: 1 }] }));
    expect(embedded(allOfOnly)).toEqual({ $id: 'urn:saasus-eventbridge:all-of-only:decoded', allOf: [{ type: 'string' }, { minLength: 1 }] });
  });
});
