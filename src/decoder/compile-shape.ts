import { shapeNamed } from '../catalogue/catalogue.js';
import type { ObjectShape, Shape } from '../catalogue/shape.js';
import { IssueCollector, isRecord, typeName } from './issues.js';

/**
 * Checks a decoded JSON value, recording issues (see {@link validatorFor}).
 */
export type Validator = (value: unknown, issues: IssueCollector) => void;

const byName = new Map<string, Validator>();

/**
 * The validator of a named catalogue shape, compiled into closures on first use and kept.
 *
 * Compiling once per shape, instead of interpreting the shape for every event, takes the
 * dispatch on the shape's kind out of the hot path. Nothing is compiled at import: a cold start
 * compiles only the shapes of the events it meets.
 *
 * The value is not copied: bodies are returned as `JSON.parse` made them. Unknown properties are
 * kept and, in strict mode, reported. Recursion follows the shape, not the data, so a deeply
 * nested value under an `unknown` shape costs nothing and cannot overflow the stack.
 */
export function validatorFor(name: string): Validator {
  let validator = byName.get(name);
  if (validator === undefined) {
    validator = compile(shapeNamed(name));
    byName.set(name, validator);
  }
  return validator;
}

function compile(shape: Shape): Validator {
  if (typeof shape === 'string') return primitive(shape);
  if ('ref' in shape) {
    // Late binding lets a shape refer to itself.
    const { ref } = shape;
    let target: Validator | undefined;
    return (value, issues) => (target ??= validatorFor(ref))(value, issues);
  }
  if ('nullable' in shape) {
    const inner = compile(shape.nullable);
    return (value, issues) => {
      if (value !== null) inner(value, issues);
    };
  }
  if ('object' in shape) return object(shape);
  if ('array' in shape) return array(compile(shape.array));
  if ('enum' in shape) return enumeration(shape.enum);
  return anyOf(shape.anyOf.map(compile));
}

const acceptAnything: Validator = () => undefined;

function primitive(shape: Exclude<Shape, object>): Validator {
  switch (shape) {
    case 'unknown':
      return acceptAnything;
    case 'integer':
      return (value, issues) => {
        if (!Number.isInteger(value)) {
          issues.add('invalid_type', `expected integer, received ${typeof value === 'number' ? 'non-integer number' : typeName(value)}`);
        }
      };
    default:
      return (value, issues) => {
        if (typeof value !== shape) issues.add('invalid_type', `expected ${shape}, received ${typeName(value)}`);
      };
  }
}

function object(shape: ObjectShape): Validator {
  const keys = Object.keys(shape.object);
  const validators = keys.map((key) => compile(shape.object[key]!));
  const required = keys.map((key) => shape.required?.includes(key) === true);
  // Keys Object.prototype also has must be looked up as own properties only.
  const ownOnly = keys.map((key) => key in Object.prototype);
  const known = new Set(keys);
  const rest = shape.rest === undefined ? undefined : compile(shape.rest);
  const checksRest = rest !== undefined && rest !== acceptAnything;

  return (value, issues) => {
    if (!isRecord(value)) {
      issues.add('invalid_type', `expected object, received ${typeName(value)}`);
      return;
    }
    const { path } = issues;
    // A JSON object inherits nothing but Object.prototype's methods; any other object may inherit
    // anything, so only its own properties count.
    const prototype: unknown = Object.getPrototypeOf(value);
    const inheritsOnlyObjectMethods = prototype === Object.prototype || prototype === null;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      const property = (!inheritsOnlyObjectMethods || ownOnly[index]) && !Object.hasOwn(value, key) ? undefined : value[key];
      if (property === undefined) {
        if (required[index]) issues.add('required', 'required field is missing', key);
        continue;
      }
      path.push(key);
      validators[index]!(property, issues);
      path.pop();
    }
    if (!checksRest && (!issues.strict || rest !== undefined)) return;
    for (const key in value) {
      if (!Object.hasOwn(value, key) || known.has(key)) continue;
      if (rest === undefined) {
        issues.add('unknown_field', 'field is not in the SaaSus API schema', key);
        continue;
      }
      path.push(key);
      rest(value[key], issues);
      path.pop();
    }
  };
}

function array(item: Validator): Validator {
  return (value, issues) => {
    if (!Array.isArray(value)) {
      issues.add('invalid_type', `expected array, received ${typeName(value)}`);
      return;
    }
    const { path } = issues;
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      item(value[index], issues);
      path.pop();
    }
  };
}

function enumeration(allowed: readonly (string | number)[]): Validator {
  const expectedType = typeof allowed[0];
  const values = new Set<unknown>(allowed);
  return (value, issues) => {
    if (typeof value !== expectedType) {
      issues.add('invalid_type', `expected ${expectedType}, received ${typeName(value)}`);
      return;
    }
    // SaaSus adds enum values without notice: a new one is drift, not an invalid event.
    if (issues.strict && !values.has(value)) {
      issues.add('unknown_enum_value', `value is not one of the ${allowed.length} values the SaaSus API schema lists`);
    }
  };
}

function anyOf(candidates: readonly Validator[]): Validator {
  if (candidates.length === 1) return candidates[0]!;
  return (value, issues) => {
    // Pick the candidate with the fewest issues, judged leniently so that drift does not decide,
    // then report that candidate's issues in the caller's mode.
    let best: Validator | undefined;
    let bestCount = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
      const trial = new IssueCollector(false);
      candidate(value, trial);
      if (trial.count < bestCount) {
        best = candidate;
        bestCount = trial.count;
        if (bestCount === 0) break;
      }
    }
    if (best === undefined) return;
    if (bestCount > 0) {
      issues.add('no_matching_shape', `matches none of the ${candidates.length} shapes the SaaSus API schema allows here; closest:`);
    }
    best(value, issues);
  };
}
