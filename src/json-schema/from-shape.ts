import type { Shape } from '../catalogue/shape.js';

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
 * jsonSchemaFromShape({ array: { ref: 'Tenant' } }, refs); // { type: 'array', items: { $ref: '#/$defs/Tenant' } }
 * refs; // Set { 'Tenant' }
 * ```
 */
export function jsonSchemaFromShape(shape: Shape, refs: Set<string>): JsonSchema {
  if (typeof shape === 'string') return shape === 'unknown' ? {} : { type: shape };
  if ('ref' in shape) {
    refs.add(shape.ref);
    return defRef(shape.ref);
  }
  if ('nullable' in shape) {
    const inner = shape.nullable;
    if (inner === 'unknown') return {};
    if (typeof inner === 'string') return { type: [inner, 'null'] };
    return { anyOf: [jsonSchemaFromShape(inner, refs), { type: 'null' }] };
  }
  if ('array' in shape) return { type: 'array', items: jsonSchemaFromShape(shape.array, refs) };
  if ('enum' in shape) {
    const type = typeof shape.enum[0] === 'number' ? 'number' : 'string';
    return { anyOf: [{ enum: [...shape.enum] }, { type }] };
  }
  if ('anyOf' in shape) {
    const [only, ...others] = shape.anyOf;
    if (only !== undefined && others.length === 0) return jsonSchemaFromShape(only, refs);
    return { anyOf: shape.anyOf.map((candidate) => jsonSchemaFromShape(candidate, refs)) };
  }
  const properties: Record<string, JsonSchema> = {};
  const required = new Set(shape.required ?? []);
  for (const [key, property] of Object.entries(shape.object)) {
    const schema = jsonSchemaFromShape(property, refs);
    // An optional property may be null, as the decoder accepts outside strict mode.
    properties[key] = required.has(key) ? schema : orNull(schema);
  }
  // Properties of earlier versions of the schema: any value, as the decoder accepts them.
  for (const key of Object.keys(shape.gone ?? {})) properties[key] = {};
  const schema: JsonSchema = { type: 'object', properties };
  if (shape.required !== undefined && shape.required.length > 0) schema.required = [...shape.required];
  // Further properties are allowed by default; only a typed `rest` constrains them.
  if (shape.rest !== undefined && shape.rest !== 'unknown') schema.additionalProperties = jsonSchemaFromShape(shape.rest, refs);
  return schema;
}

/** `schema` or `null`. */
function orNull(schema: JsonSchema): JsonSchema {
  if (Object.keys(schema).length === 0) return schema;
  if (typeof schema.type === 'string' && Object.keys(schema).length === 1) return { type: [schema.type, 'null'] };
  if (Array.isArray(schema.type) && Object.keys(schema).length === 1) return schema.type.includes('null') ? schema : { type: [...(schema.type as string[]), 'null'] };
  if (Array.isArray(schema.anyOf) && (schema.anyOf as JsonSchema[]).some((s) => s.type === 'null')) return schema;
  return { anyOf: [schema, { type: 'null' }] };
}
