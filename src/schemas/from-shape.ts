import { z } from 'zod';
import { shapeNamed } from '../catalogue/catalogue.js';
import type { Shape } from '../catalogue/shape.js';

const components = new Map<string, z.ZodType>();

/**
 * Builds the zod schema of a catalogue {@link Shape}. Component schemas are built once, on first
 * use, and shared; objects are loose (SaaSus adds fields), enums accept any value of their type
 * (SaaSus adds values).
 *
 * @example
 * ```ts
 * const Tenant = zodFromShape({ ref: 'Tenant' });
 * ```
 */
export function zodFromShape(shape: Shape): z.ZodType {
  if (typeof shape === 'string') {
    switch (shape) {
      case 'string':
        return z.string();
      case 'number':
        return z.number();
      case 'integer':
        return z.number().int();
      case 'boolean':
        return z.boolean();
      default:
        return z.unknown();
    }
  }
  if ('ref' in shape) return component(shape.ref);
  if ('nullable' in shape) return zodFromShape(shape.nullable).nullable();
  if ('array' in shape) return z.array(zodFromShape(shape.array));
  if ('enum' in shape) return typeof shape.enum[0] === 'number' ? z.number() : z.string();
  if ('anyOf' in shape) {
    const [first, second, ...rest] = shape.anyOf.map(zodFromShape);
    if (first === undefined) return z.never();
    return second === undefined ? first : z.union([first, second, ...rest]);
  }
  const required = new Set(shape.required);
  const properties: Record<string, z.ZodType> = {};
  for (const [key, property] of Object.entries(shape.object)) {
    const schema = zodFromShape(property);
    properties[key] = required.has(key) ? schema : schema.optional();
  }
  return z.looseObject(properties);
}

function component(name: string): z.ZodType {
  let schema = components.get(name);
  if (schema === undefined) {
    // z.lazy lets a component refer to itself; the map entry is set before it is built.
    components.set(name, z.lazy(() => built));
    const built = zodFromShape(shapeNamed(name));
    schema = built;
    components.set(name, built);
  }
  return schema;
}
