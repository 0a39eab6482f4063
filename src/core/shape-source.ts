import { shapeNamed } from '../catalogue/catalogue.js';
import type { ObjectShape, Shape } from '../catalogue/shape.js';
import { UNDECLARED_NULL_MESSAGE, missingSinceMessage, removedFieldMessage } from './issues.js';
import { typeName } from './json.js';
import { acceptsNull } from './shape-closures.js';
import { anyOfValidator, checkOtherProperties, validatorsByName, type Validator } from './validator.js';

/**
 * The validator of a named catalogue shape, written as JavaScript source and compiled with
 * `new Function` on first use, then kept.
 *
 * Generated code reads each field by its name (`value["tenant_id"]`), which V8 turns into one
 * machine load per field for objects of one layout, and checks primitives inline; a validator
 * built from closures reads fields by a key held in a variable, shared by every shape, which
 * costs several times more. Only names from the generated catalogue reach the source, written as
 * JSON string literals; nothing from an event does.
 *
 * It gives the same issues, in the same order, as `closureValidatorFor`.
 */
export const sourceValidatorFor: (name: string) => Validator = validatorsByName((shape) => sourceValidator(shape));

/** The functions generated code calls, passed in rather than looked up as globals. */
const runtime = {
  typeName,
  hasOwn: Object.hasOwn,
  getPrototypeOf: Object.getPrototypeOf,
  objectPrototype: Object.prototype,
  isArray: Array.isArray,
  isInteger: Number.isInteger,
  checkOtherProperties,
};
const runtimeNames = Object.keys(runtime).join(', ');

/**
 * Compiles one shape to a validator (see {@link sourceValidatorFor}).
 */
export function sourceValidator(shape: Shape): Validator {
  const writer = new SourceWriter();
  const body = writer.check(shape, 'value', undefined);
  // The constants (validators it calls, sets it tests membership in) become local bindings c0, c1, ...
  const constants = writer.constants.map((_, index) => `c${index}`).join(', ');
  const source = `"use strict";\nconst { ${runtimeNames} } = runtime;\nconst [${constants}] = constants;\nreturn function validate(value, issues) {\n${body}};`;
  return new Function('runtime', 'constants', source)(runtime, writer.constants) as Validator;
}

/** Writes the statements that check one value; see {@link sourceValidator}. */
class SourceWriter {
  /** Values the code refers to as `c0`, `c1`, ...: validators it calls, sets it tests membership in. */
  readonly constants: unknown[] = [];
  private variables = 0;
  /** The named shapes being written inline, outermost first. */
  private readonly inlined: string[] = [];

  /**
   * Statements that check the value in variable `value`. `segment` is the source of a path
   * segment (a property name or an index variable) that the current path lacks: an issue of a
   * primitive names it directly, and a composite value pushes it onto the path.
   */
  check(shape: Shape, value: string, segment: string | undefined): string {
    if (typeof shape === 'string') return this.primitive(shape, value, segment);
    if ('nullable' in shape) {
      const inner = this.check(shape.nullable, value, segment);
      return inner === '' ? '' : `if (${value} !== null) {\n${inner}}\n`;
    }
    if ('enum' in shape) return this.enumeration(shape.enum, value, segment);
    if ('ref' in shape) {
      // A named shape is written inline, which saves a call per field, unless it refers back to
      // itself (or nests too deep to be worth the code).
      if (this.inlined.includes(shape.ref) || this.inlined.length >= MAX_INLINE_DEPTH) return this.call(this.named(shape.ref), value, segment);
      this.inlined.push(shape.ref);
      const inline = this.check(shapeNamed(shape.ref), value, segment);
      this.inlined.pop();
      return inline;
    }
    if ('anyOf' in shape) {
      const candidates = shape.anyOf.map((candidate) => this.validator(candidate));
      return this.call(this.constant(anyOfValidator(candidates)), value, segment);
    }
    const nested = 'object' in shape ? this.object(shape, value) : this.array(shape.array, value);
    return segment === undefined ? nested : `issues.path.push(${segment});\n${nested}issues.path.pop();\n`;
  }

  private primitive(shape: Exclude<Shape, object>, value: string, segment: string | undefined): string {
    switch (shape) {
      case 'unknown':
        return '';
      case 'integer':
        return `if (!isInteger(${value})) ${add('invalid_type', `"expected integer, received " + (typeof ${value} === "number" ? "non-integer number" : typeName(${value}))`, segment)}`;
      default:
        return `if (typeof ${value} !== ${literal(shape)}) ${add('invalid_type', `${literal(`expected ${shape}, received `)} + typeName(${value})`, segment)}`;
    }
  }

  private enumeration(allowed: readonly (string | number)[], value: string, segment: string | undefined): string {
    const expectedType = typeof allowed[0];
    const set = this.constant(new Set<unknown>(allowed));
    // SaaSus adds enum values without notice: a new one is drift, not an invalid event.
    const unknownValue = `value is not one of the ${allowed.length} values the SaaSus API schema lists`;
    return (
      `if (typeof ${value} !== ${literal(expectedType)}) ${add('invalid_type', `${literal(`expected ${expectedType}, received `)} + typeName(${value})`, segment)}` +
      `else if (issues.strict && !${set}.has(${value})) ${add('unknown_enum_value', literal(unknownValue), segment)}`
    );
  }

  private object(shape: ObjectShape, value: string): string {
    const keys = Object.keys(shape.object);
    // A JSON object inherits nothing but Object.prototype's methods; any other object may inherit
    // anything, so only its own properties count. Keys Object.prototype also has are always
    // looked up as own properties.
    const plain = this.variable();
    const prototype = this.variable();
    let code = `if (typeof ${value} !== "object" || ${value} === null || isArray(${value})) ${add('invalid_type', `"expected object, received " + typeName(${value})`, undefined)}else {\n`;
    if (keys.some((key) => !(key in Object.prototype))) {
      code += `const ${prototype} = getPrototypeOf(${value});\nconst ${plain} = ${prototype} === objectPrototype || ${prototype} === null;\n`;
    }
    for (const key of keys) {
      const property = this.variable();
      const name = literal(key);
      const ownCheck = key in Object.prototype ? `hasOwn(${value}, ${name})` : `(${plain} || hasOwn(${value}, ${name}))`;
      code += `const ${property} = ${ownCheck} ? ${value}[${name}] : undefined;\n`;
      const isRequired = shape.required?.includes(key) === true;
      const since = shape.since !== undefined && Object.hasOwn(shape.since, key) ? shape.since[key] : undefined;
      const missing = isRequired
        ? add('required', '"required field is missing"', name)
        : since === undefined
          ? ''
          : `if (issues.strict && !(issues.callDate < ${literal(since)})) ${add('missing_since', literal(missingSinceMessage(since)), name)}`;
      let check = this.check(shape.object[key]!, property, name);
      // An optional field may be null: reported in strict mode where the schema declares no null.
      if (!isRequired && !acceptsNull(shape.object[key]!)) {
        check = `if (${property} === null) {\nif (issues.strict) ${add('undeclared_null', literal(UNDECLARED_NULL_MESSAGE), name)}}\nelse {\n${check}}\n`;
      }
      if (missing !== '' && check !== '') code += `if (${property} === undefined) {\n${missing}}\nelse {\n${check}}\n`;
      else if (missing !== '') code += `if (${property} === undefined) {\n${missing}}\n`;
      else if (check !== '') code += `if (${property} !== undefined) {\n${check}}\n`;
    }
    const gone = Object.entries(shape.gone ?? {});
    if (gone.length > 0) {
      code += 'if (issues.strict) {\n';
      for (const [key, date] of gone) {
        const name = literal(key);
        code += `if (hasOwn(${value}, ${name}) && ${value}[${name}] !== undefined && !(issues.callDate < ${literal(date)})) ${add('removed_field', literal(removedFieldMessage(date)), name)}`;
      }
      code += '}\n';
    }
    const rest = shape.rest === undefined ? undefined : this.validator(shape.rest);
    const known = this.constant(new Set([...keys, ...gone.map(([key]) => key)]));
    if (rest === undefined) {
      code += `if (issues.strict) checkOtherProperties(${value}, ${known}, undefined, issues);\n`;
    } else if (rest !== ACCEPT_ANYTHING) {
      code += `checkOtherProperties(${value}, ${known}, ${this.constant(rest)}, issues);\n`;
    }
    return `${code}}\n`;
  }

  private array(item: Shape, value: string): string {
    const index = this.variable();
    const element = this.variable();
    const check = this.check(item, element, index);
    const loop = check === '' ? '' : `for (let ${index} = 0; ${index} < ${value}.length; ${index}++) {\nconst ${element} = ${value}[${index}];\n${check}}\n`;
    return `if (!isArray(${value})) ${add('invalid_type', `"expected array, received " + typeName(${value})`, undefined)}else {\n${loop}}\n`;
  }

  /** A call of another validator, with the segment pushed onto the path around it. */
  private call(validator: string, value: string, segment: string | undefined): string {
    const call = `${validator}(${value}, issues);\n`;
    return segment === undefined ? call : `issues.path.push(${segment});\n${call}issues.path.pop();\n`;
  }

  /** A named shape, bound on first call so that a shape may refer to itself. */
  private named(name: string): string {
    return this.constant(lateBound(name));
  }

  /** A shape checked by a function of its own (an `anyOf` candidate, additional properties). */
  private validator(shape: Shape): Validator {
    if (shape === 'unknown') return ACCEPT_ANYTHING;
    if (typeof shape === 'object' && 'ref' in shape) return lateBound(shape.ref);
    return sourceValidator(shape);
  }

  /** The name generated code uses for a value. */
  private constant(value: unknown): string {
    this.constants.push(value);
    return `c${this.constants.length - 1}`;
  }

  private variable(): string {
    return `v${this.variables++}`;
  }
}

const ACCEPT_ANYTHING: Validator = () => undefined;
const MAX_INLINE_DEPTH = 8;

/** The validator of a named shape, looked up on first call so that a shape may refer to itself. */
function lateBound(name: string): Validator {
  let target: Validator | undefined;
  return (value, issues) => (target ??= sourceValidatorFor(name))(value, issues);
}

/** A statement that records an issue; `message` and `segment` are source. */
function add(code: string, message: string, segment: string | undefined): string {
  return `issues.add(${literal(code)}, ${message}${segment === undefined ? '' : `, ${segment}`});\n`;
}

function literal(text: string): string {
  return JSON.stringify(text);
}
