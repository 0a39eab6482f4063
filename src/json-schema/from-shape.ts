import type { Shape } from '../catalogue/shape.js';
import { visitShape } from '../catalogue/visit-shape.js';

/**
 * A JSON Schema (draft 2020-12) as plain JSON data.
 *
 * @example
 * ```ts
 * const id: JsonSchema = { type: 'string', description: 'a tenant id' };
 * ```
 */
export interface JsonSchema {
  $schema?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  [keyword: string]: unknown;
}

/**
 * The `$ref` to a schema in the root's `$defs`, with the name escaped as a JSON Pointer segment.
 *
 * @example
 * ```ts
 * defRef('Tenant'); // { $ref: '#/$defs/Tenant' }
 * ```
 */
export function defRef(name: string): JsonSchema {
  return { $ref: `#/$defs/${name.replaceAll('~', '~0').replaceAll('/', '~1')}` };
}

/**
 * Converts a catalogue {@link Shape} to JSON Schema, adding the names of the component shapes it
 * refers to (`{ ref }`, as `$ref` into `$defs`) to `refs`.
 *
 * The schema accepts what the decoder accepts outside strict mode: properties the spec does not
 * list are allowed, and an enum also allows other values of its type, because SaaSus adds both
 * without notice (the listed values stay in the schema as the first `anyOf` branch); an optional
 * property may be `null`, and a property of an earlier version of the schema may hold anything.
 *
 * @example
 * ```ts
 * const refs = new Set<string>();
 * jsonSchemaFromShape({ k: 'a', v: { k: 'r', v: 'Tenant' } }, refs); // { type: 'array', items: { $ref: '#/$defs/Tenant' } }
 * refs; // Set { 'Tenant' }
 * ```
 */
export function jsonSchemaFromShape(shape: Shape, refs: Set<string>): JsonSchema {
  return visitShape<JsonSchema>(shape, {
    primitive: (type) => (type === 'unknown' ? {} : { type }),
    ref: (name) => {
      refs.add(name);
      return defRef(name);
    },
    nullable: (inner) => {
      if (inner.k === 'u') return {};
      const schema = jsonSchemaFromShape(inner, refs);
      // A primitive's `{ type }` takes `null` among its types; any other schema is one branch.
      return Object.keys(schema).length === 1 && typeof schema.type === 'string' ? { type: [schema.type, 'null'] } : { anyOf: [schema, { type: 'null' }] };
    },
    array: (items) => ({ type: 'array', items: jsonSchemaFromShape(items, refs) }),
    enum: (values) => ({ anyOf: [{ enum: [...values] }, { type: typeof values[0] === 'number' ? 'number' : 'string' }] }),
    anyOf: (options) => {
      const [only, ...others] = options;
      if (only !== undefined && others.length === 0) return jsonSchemaFromShape(only, refs);
      return { anyOf: options.map((option) => jsonSchemaFromShape(option, refs)) };
    },
    object: (shapes, required, rest, shape) => {
      const properties: Record<string, JsonSchema> = {};
      for (const [key, property] of Object.entries(shapes)) {
        const schema = jsonSchemaFromShape(property, refs);
        // An optional property may be null, as the decoder accepts outside strict mode.
        properties[key] = required.includes(key) ? schema : orNull(schema);
      }
      // Properties of earlier versions of the schema: any value, as the decoder accepts them.
      for (const key of Object.keys(shape.g ?? {})) properties[key] = {};
      const schema: JsonSchema = { type: 'object', properties };
      if (required.length > 0) schema.required = [...required];
      // Further properties are allowed by default; only a typed `rest` constrains them.
      if (rest !== undefined && rest.k !== 'u') schema.additionalProperties = jsonSchemaFromShape(rest, refs);
      return schema;
    },
  });
}

/** `schema` or `null`. */
function orNull(schema: JsonSchema): JsonSchema {
  if (Object.keys(schema).length === 0) return schema;
  if (typeof schema.type === 'string' && Object.keys(schema).length === 1) return { type: [schema.type, 'null'] };
  if (Array.isArray(schema.type) && Object.keys(schema).length === 1) return schema.type.includes('null') ? schema : { type: [...(schema.type as string[]), 'null'] };
  if (Array.isArray(schema.anyOf) && (schema.anyOf as JsonSchema[]).some((s) => s.type === 'null')) return schema;
  return { anyOf: [schema, { type: 'null' }] };
}
