import { shapeNamed } from '../catalogue/catalogue.js';
import type { Shape } from '../catalogue/shape.js';

/**
 * Builds a small value that satisfies a catalogue shape: the properties today's spec requires
 * only (those required since a date included), one-element
 * arrays, the first enum value, `'string'`/`0`/`false` for primitives, and a fixed uuid for
 * `*_id` strings. `undefined` when no finite value exists (a required self-reference).
 */
export function sampleValue(shape: Shape, key?: string, seen: readonly string[] = []): unknown {
  if (typeof shape === 'string') {
    switch (shape) {
      case 'string':
        return key !== undefined && /(^|_)id$/.test(key) ? '00000000-0000-4000-8000-000000000000' : 'string';
      case 'number':
      case 'integer':
        return 0;
      case 'boolean':
        return false;
      default:
        return {};
    }
  }
  if ('ref' in shape) return seen.includes(shape.ref) ? undefined : sampleValue(shapeNamed(shape.ref), key, [...seen, shape.ref]);
  if ('nullable' in shape) return sampleValue(shape.nullable, key, seen) ?? null;
  if ('enum' in shape) return shape.enum[0];
  if ('array' in shape) {
    const item = sampleValue(shape.array, key, seen);
    return item === undefined ? [] : [item];
  }
  if ('anyOf' in shape) {
    for (const option of shape.anyOf) {
      const value = sampleValue(option, key, seen);
      if (value !== undefined) return value;
    }
    return undefined;
  }
  const value: Record<string, unknown> = {};
  for (const name of shape.required ?? []) {
    const property = shape.object[name];
    const sample = property === undefined ? undefined : sampleValue(property, name, seen);
    if (sample === undefined) return undefined;
    value[name] = sample;
  }
  // Today's spec also requires the fields it requires since a date (older events may lack them).
  for (const name of Object.keys(shape.since ?? {})) {
    const property = shape.object[name];
    const sample = property === undefined ? undefined : sampleValue(property, name, seen);
    if (sample !== undefined) value[name] = sample;
  }
  return value;
}
