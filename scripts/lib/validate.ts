/**
 * A small strict validator of JSON values against the catalogue's shapes, used by the generator
 * to keep spec examples only where they conform and to check every fixture body, and by the
 * generator test. Strict: enum values must be known, and properties not in the shape are errors
 * unless the shape has `rest`.
 */
import type { Shape } from '../../src/catalogue/shape.js';

export function validate(
  value: unknown,
  shape: Shape,
  shapes: Readonly<Record<string, Shape>>,
  path = '$',
  errors: string[] = [],
): string[] {
  const bad = (what: string): void => {
    errors.push(`${path}: ${what}, got ${JSON.stringify(value)?.slice(0, 60) ?? String(value)}`);
  };
  if (typeof shape === 'string') {
    switch (shape) {
      case 'unknown':
        break;
      case 'string':
      case 'boolean':
        if (typeof value !== shape) bad(`expected ${shape}`);
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) bad('expected number');
        break;
      case 'integer':
        if (!Number.isInteger(value)) bad('expected integer');
        break;
    }
    return errors;
  }
  if ('ref' in shape) {
    const target = Object.hasOwn(shapes, shape.ref) ? shapes[shape.ref] : undefined;
    if (target === undefined) errors.push(`${path}: unknown shape ${shape.ref}`);
    else validate(value, target, shapes, path, errors);
  } else if ('enum' in shape) {
    if (!shape.enum.includes(value as string | number)) bad(`expected one of ${shape.enum.join(', ')}`);
  } else if ('array' in shape) {
    if (!Array.isArray(value)) bad('expected array');
    else value.forEach((v, i) => validate(v, shape.array, shapes, `${path}[${i}]`, errors));
  } else if ('anyOf' in shape) {
    if (!shape.anyOf.some((o) => validate(value, o, shapes, path).length === 0)) bad('matches no anyOf option');
  } else if ('nullable' in shape) {
    if (value !== null) validate(value, shape.nullable, shapes, path, errors);
  } else {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      bad('expected object');
      return errors;
    }
    const obj = value as Record<string, unknown>;
    for (const r of shape.required ?? []) if (!Object.hasOwn(obj, r)) errors.push(`${path}: missing required ${r}`);
    for (const [k, v] of Object.entries(obj)) {
      const prop = Object.hasOwn(shape.object, k) ? shape.object[k] : undefined;
      if (prop !== undefined) validate(v, prop, shapes, `${path}.${k}`, errors);
      else if (shape.rest !== undefined) validate(v, shape.rest, shapes, `${path}.${k}`, errors);
      else errors.push(`${path}: unexpected property ${k}`);
    }
  }
  return errors;
}
