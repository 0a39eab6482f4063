import type { ObjectShape, Shape } from '../catalogue/shape.js';
import { UNDECLARED_NULL_MESSAGE, missingSinceMessage, removedFieldMessage } from './issues.js';
import { isRecord, typeName } from './json.js';
import { anyOfValidator, checkOtherProperties, validatorsByName, type Validator } from './validator.js';

/**
 * The validator of a named catalogue shape, built from closures on first use and kept: the
 * engine for runtimes that forbid `new Function` (see `validatorFor`). It gives the same issues,
 * in the same order, as {@link sourceValidatorFor}.
 */
export const closureValidatorFor: (name: string) => Validator = validatorsByName((shape) => closureValidator(shape));

/**
 * Builds one shape's validator from closures (see {@link closureValidatorFor}).
 */
export function closureValidator(shape: Shape): Validator {
  if (typeof shape === 'string') return primitive(shape);
  if ('ref' in shape) {
    // Late binding lets a shape refer to itself.
    const { ref } = shape;
    let target: Validator | undefined;
    return (value, issues) => (target ??= closureValidatorFor(ref))(value, issues);
  }
  if ('nullable' in shape) {
    const inner = closureValidator(shape.nullable);
    return (value, issues) => {
      if (value !== null) inner(value, issues);
    };
  }
  if ('object' in shape) return object(shape);
  if ('array' in shape) return array(closureValidator(shape.array));
  if ('enum' in shape) return enumeration(shape.enum);
  return anyOfValidator(shape.anyOf.map((candidate) => closureValidator(candidate)));
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
  const validators = keys.map((key) => closureValidator(shape.object[key]!));
  const required = keys.map((key) => shape.required?.includes(key) === true);
  // An optional field may be null (SaaSus's server writes absent fields so): reported in strict
  // mode where the schema declares no null.
  const nullIsDrift = keys.map((key, index) => !required[index] && !acceptsNull(shape.object[key]!));
  const since = keys.map((key) => (shape.since !== undefined && Object.hasOwn(shape.since, key) ? shape.since[key] : undefined));
  const gone = Object.entries(shape.gone ?? {});
  // Keys Object.prototype also has must be looked up as own properties only.
  const ownOnly = keys.map((key) => key in Object.prototype);
  const known = new Set([...keys, ...gone.map(([key]) => key)]);
  const rest = shape.rest === undefined ? undefined : closureValidator(shape.rest);
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
        else if (issues.strict) {
          const date = since[index];
          if (date !== undefined && !(issues.callDate! < date)) issues.add('missing_since', missingSinceMessage(date), key);
        }
        continue;
      }
      if (property === null && nullIsDrift[index]) {
        if (issues.strict) issues.add('undeclared_null', UNDECLARED_NULL_MESSAGE, key);
        continue;
      }
      path.push(key);
      validators[index]!(property, issues);
      path.pop();
    }
    if (issues.strict) {
      for (const [key, date] of gone) {
        if (Object.hasOwn(value, key) && value[key] !== undefined && !(issues.callDate! < date)) issues.add('removed_field', removedFieldMessage(date), key);
      }
    }
    if (checksRest || (issues.strict && rest === undefined)) checkOtherProperties(value, known, rest, issues);
  };
}

/** Whether the shape accepts `null` as it is (`unknown`, nullable, or an `anyOf` of such). */
export function acceptsNull(shape: Shape): boolean {
  if (shape === 'unknown') return true;
  if (typeof shape === 'string') return false;
  if ('nullable' in shape) return true;
  if ('anyOf' in shape) return shape.anyOf.some(acceptsNull);
  return false;
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
