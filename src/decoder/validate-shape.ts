import type { ObjectShape, Shape } from '../catalogue/shape.js';
import { IssueCollector, isRecord, typeName } from './issues.js';

/**
 * Checks a decoded JSON value against a catalogue {@link Shape}, recording issues in `issues`.
 *
 * The value is not copied: bodies are returned as `JSON.parse` made them. Unknown properties
 * are kept and, in strict mode, reported. Recursion follows the shape, not the data, so a
 * deeply nested value under an `unknown` shape costs nothing and cannot overflow the stack.
 */
export function validateShape(
  value: unknown,
  shape: Shape,
  shapes: Readonly<Record<string, Shape>>,
  issues: IssueCollector,
): void {
  if (typeof shape === 'string') {
    checkPrimitive(value, shape, issues);
    return;
  }
  if ('ref' in shape) {
    const target = shapes[shape.ref];
    if (target === undefined) throw new Error(`catalogue shape "${shape.ref}" is missing`);
    validateShape(value, target, shapes, issues);
    return;
  }
  if ('nullable' in shape) {
    if (value !== null) validateShape(value, shape.nullable, shapes, issues);
    return;
  }
  if ('object' in shape) {
    checkObject(value, shape, shapes, issues);
    return;
  }
  if ('array' in shape) {
    if (!Array.isArray(value)) {
      issues.add('invalid_type', `expected array, received ${typeName(value)}`);
      return;
    }
    const { path } = issues;
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      validateShape(value[index], shape.array, shapes, issues);
      path.pop();
    }
    return;
  }
  if ('enum' in shape) {
    checkEnum(value, shape.enum, issues);
    return;
  }
  checkAnyOf(value, shape.anyOf, shapes, issues);
}

function checkPrimitive(value: unknown, shape: Exclude<Shape, object>, issues: IssueCollector): void {
  switch (shape) {
    case 'unknown':
      return;
    case 'integer':
      if (!Number.isInteger(value)) {
        issues.add('invalid_type', `expected integer, received ${typeof value === 'number' ? 'non-integer number' : typeName(value)}`);
      }
      return;
    default:
      if (typeof value !== shape) issues.add('invalid_type', `expected ${shape}, received ${typeName(value)}`);
  }
}

function checkObject(
  value: unknown,
  shape: ObjectShape,
  shapes: Readonly<Record<string, Shape>>,
  issues: IssueCollector,
): void {
  if (!isRecord(value)) {
    issues.add('invalid_type', `expected object, received ${typeName(value)}`);
    return;
  }
  const { path } = issues;
  const properties = shape.object;
  if (shape.required !== undefined) {
    for (const key of shape.required) {
      if (!Object.hasOwn(value, key)) issues.add('required', 'required field is missing', key);
    }
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const propertyShape = Object.hasOwn(properties, key) ? properties[key] : shape.rest;
    if (propertyShape === undefined) {
      if (issues.strict) issues.add('unknown_field', 'field is not in the SaaSus API schema', key);
      continue;
    }
    path.push(key);
    validateShape(value[key], propertyShape, shapes, issues);
    path.pop();
  }
}

function checkEnum(value: unknown, allowed: readonly (string | number)[], issues: IssueCollector): void {
  const expectedType = typeof allowed[0];
  if (typeof value !== expectedType) {
    issues.add('invalid_type', `expected ${expectedType}, received ${typeName(value)}`);
    return;
  }
  // SaaSus adds enum values without notice: a new one is drift, not an invalid event.
  if (issues.strict && !allowed.includes(value as string | number)) {
    issues.add('unknown_enum_value', `value is not one of the ${allowed.length} values the SaaSus API schema lists`);
  }
}

function checkAnyOf(
  value: unknown,
  candidates: readonly Shape[],
  shapes: Readonly<Record<string, Shape>>,
  issues: IssueCollector,
): void {
  // Pick the candidate with the fewest issues, judged leniently so that drift does not decide,
  // then report that candidate's issues in the caller's mode.
  let best: Shape | undefined;
  let bestCount = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const trial = new IssueCollector(false);
    validateShape(value, candidate, shapes, trial);
    if (trial.count < bestCount) {
      best = candidate;
      bestCount = trial.count;
      if (bestCount === 0) break;
    }
  }
  if (best === undefined) return;
  if (bestCount > 0 && candidates.length > 1) {
    issues.add('no_matching_shape', `matches none of the ${candidates.length} shapes the SaaSus API schema allows here; closest:`);
  }
  validateShape(value, best, shapes, issues);
}
