import type { ObjectShape, Shape } from '../catalogue/shape.js';
import { visitShape, type ShapeVisitor } from '../catalogue/visit-shape.js';
import { UNDECLARED_NULL_MESSAGE, missingSinceMessage, removedFieldMessage } from './issues.js';
import { isRecord, typeName } from './json.js';
import { anyOfValidator, builtByName, checkOtherProperties, type ShapeResolver, type Validator } from './validator.js';

/**
 * The issue engine: validators built from closures, for the shapes `resolve` names. `named`
 * builds a named shape's validator on first use and keeps it; `of` builds one for any shape
 * whose references `resolve` knows. Every issue the library reports about a body comes from here.
 *
 * @example
 * ```ts
 * const validators = closureValidators(shapeNamed);
 * validators.named('Tenant')(body, issues);
 * ```
 */
export function closureValidators(resolve: ShapeResolver): ShapeValidators {
  const named = builtByName(resolve, (shape) => of(shape));
  const visitor: ShapeVisitor<Validator> = {
    primitive,
    ref: (name) => {
      // Late binding lets a shape refer to itself.
      let target: Validator | undefined;
      return (value, issues) => (target ??= named(name))(value, issues);
    },
    enum: enumeration,
    array: (items) => array(of(items)),
    object: (properties, required, rest, shape) => {
      const keys = Object.keys(properties);
      return object(keys, keys.map((key) => of(properties[key]!)), required, rest === undefined ? undefined : of(rest), shape, keys.map((key) => acceptsNull(properties[key]!)));
    },
    anyOf: (options) => anyOfValidator(options.map(of)),
    nullable: (inner) => {
      const validate = of(inner);
      return (value, issues) => {
        if (value !== null) validate(value, issues);
      };
    },
  };
  function of(shape: Shape): Validator {
    return visitShape(shape, visitor);
  }
  return { named, of };
}

/**
 * Validators of the shapes of one resolver (see {@link closureValidators}).
 *
 * @example
 * ```ts
 * const { named }: ShapeValidators = closureValidators(shapeNamed);
 * ```
 */
export interface ShapeValidators {
  readonly named: (name: string) => Validator;
  readonly of: (shape: Shape) => Validator;
}

/** The validator of a shape that accepts any value. */
export const acceptAnything: Validator = () => undefined;

function primitive(type: string): Validator {
  switch (type) {
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
        if (typeof value !== type) issues.add('invalid_type', `expected ${type}, received ${typeName(value)}`);
      };
  }
}

function object(
  keys: readonly string[],
  validators: readonly Validator[],
  requiredKeys: readonly string[],
  rest: Validator | undefined,
  shape: ObjectShape,
  nullable: readonly boolean[],
): Validator {
  const required = keys.map((key) => requiredKeys.includes(key));
  // An optional field may be null (SaaSus's server writes absent fields so): reported in strict
  // mode where the schema declares no null.
  const nullIsDrift = keys.map((_, index) => !required[index] && !nullable[index]);
  const since = keys.map((key) => (shape.s !== undefined && Object.hasOwn(shape.s, key) ? shape.s[key] : undefined));
  const gone = Object.entries(shape.g ?? {});
  // Keys Object.prototype also has must be looked up as own properties only.
  const ownOnly = keys.map((key) => key in Object.prototype);
  const known = new Set([...keys, ...gone.map(([key]) => key)]);
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
          // Judged by the day of the call: an older call lacks the field by right.
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
  return shape.k === 'u' || shape.k === '?' || (shape.k === '|' && shape.v.some(acceptsNull));
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
