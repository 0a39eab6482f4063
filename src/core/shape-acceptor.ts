import type { ObjectShape, Shape } from '../catalogue/shape.js';
import { visitShape } from '../catalogue/visit-shape.js';
import { acceptsNull } from './shape-closures.js';
import { builtByName, type ShapeResolver } from './validator.js';

/**
 * Answers whether a value is valid for a shape, in strict mode or not, and nothing more: it
 * records no issue. `false` may also mean "cannot tell" (see {@link compiledAcceptors}).
 */
export type Acceptor = (value: unknown, strict: boolean) => boolean;

/** The functions generated code calls, passed in rather than looked up as globals. */
const runtime = {
  hasOwn: Object.hasOwn,
  getPrototypeOf: Object.getPrototypeOf,
  objectPrototype: Object.prototype,
  isArray: Array.isArray,
  isInteger: Number.isInteger,
  hasUnknownProperty,
  acceptsOtherProperties,
};
const runtimeNames = Object.keys(runtime).join(', ');

/**
 * Accept-only checkers of the shapes `resolve` names, written as JavaScript source and compiled
 * with `new Function` on first use, then kept. They answer valid / not valid; the closures of
 * `closureValidators` say why. `true` only where the closures would report no issue in the same
 * mode; `false` whenever they would, and also for what the checker does not judge itself: an
 * object that is not plain JSON data (another prototype), or a read that throws (a getter, a
 * proxy trap; the caller catches it), so that the closures decide.
 *
 * Generated code reads each field by its name (`value["tenant_id"]`), which V8 turns into one
 * machine load per field for objects of one layout, and checks primitives inline; closures read
 * fields by a key held in a variable, shared by every shape, which costs several times more.
 * Only names from the catalogue reach the source, written as JSON string literals; nothing from
 * an event does.
 */
export function compiledAcceptors(resolve: ShapeResolver): { readonly named: (name: string) => Acceptor } {
  const named: (name: string) => Acceptor = builtByName(resolve, (shape) => compile(shape));
  /** The acceptor of a named shape, looked up on first call so that a shape may refer to itself. */
  const lateBound = (name: string): Acceptor => {
    let target: Acceptor | undefined;
    return (value, strict) => (target ??= named(name))(value, strict);
  };
  function compile(shape: Shape): Acceptor {
    const writer = new SourceWriter(resolve, lateBound, compile);
    const body = writer.check(shape, 'value');
    // The constants (acceptors it calls, sets it tests membership in) become local bindings c0, c1, ...
    const constants = writer.constants.map((_, index) => `c${index}`).join(', ');
    const source = `"use strict";\nconst { ${runtimeNames} } = runtime;\nconst [${constants}] = constants;\nreturn function accept(value, strict) {\n${body}return true;\n};`;
    return new Function('runtime', 'constants', source)(runtime, writer.constants) as Acceptor;
  }
  return { named };
}

/** Writes the statements that check one value; see {@link compiledAcceptors}. */
class SourceWriter {
  /** Values the code refers to as `c0`, `c1`, ...: acceptors it calls, sets it tests membership in. */
  readonly constants: unknown[] = [];
  private variables = 0;
  /** The named shapes being written inline, outermost first. */
  private readonly inlined: string[] = [];

  constructor(
    private readonly resolve: ShapeResolver,
    private readonly lateBound: (name: string) => Acceptor,
    private readonly compile: (shape: Shape) => Acceptor,
  ) {}

  /** Statements that `return false` unless the value in variable `value` is valid. */
  check(shape: Shape, value: string): string {
    return visitShape<string>(shape, {
      primitive: (type) => {
        if (type === 'unknown') return '';
        if (type === 'integer') return `if (!isInteger(${value})) return false;\n`;
        return `if (typeof ${value} !== ${literal(type)}) return false;\n`;
      },
      enum: (values) =>
        `if (typeof ${value} !== ${literal(typeof values[0])}) return false;\nif (strict && !${this.constant(new Set<unknown>(values))}.has(${value})) return false;\n`,
      nullable: (inner) => {
        const check = this.check(inner, value);
        return check === '' ? '' : `if (${value} !== null) {\n${check}}\n`;
      },
      ref: (name) => {
        // A named shape is written inline, which saves a call per field, unless it refers back to
        // itself (or nests too deep to be worth the code).
        if (this.inlined.includes(name) || this.inlined.length >= MAX_INLINE_DEPTH) return this.call(this.lateBound(name), value);
        this.inlined.push(name);
        const inline = this.check(this.resolve(name), value);
        this.inlined.pop();
        return inline;
      },
      anyOf: (options) => this.call(anyOfAcceptor(options.map((option) => this.acceptor(option))), value),
      array: (items) => {
        const index = this.variable();
        const element = this.variable();
        const check = this.check(items, element);
        const loop = check === '' ? '' : `for (let ${index} = 0; ${index} < ${value}.length; ${index}++) {\nconst ${element} = ${value}[${index}];\n${check}}\n`;
        return `if (!isArray(${value})) return false;\n${loop}`;
      },
      object: (properties, required, rest, shape) => this.object(properties, required, rest, value, shape),
    });
  }

  private object(properties: Readonly<Record<string, Shape>>, required: readonly string[], rest: Shape | undefined, value: string, shape: ObjectShape): string {
    const keys = Object.keys(properties);
    // The same reads as the closures make: a JSON object inherits nothing but Object.prototype's
    // methods, so keys that Object.prototype also has are looked up as own properties. An object
    // of any other prototype is left to the closures.
    const prototype = this.variable();
    let code = `if (typeof ${value} !== "object" || ${value} === null || isArray(${value})) return false;\n`;
    code += `const ${prototype} = getPrototypeOf(${value});\nif (${prototype} !== objectPrototype && ${prototype} !== null) return false;\n`;
    for (const key of keys) {
      const property = this.variable();
      const name = literal(key);
      code += `const ${property} = ${key in Object.prototype ? `hasOwn(${value}, ${name}) ? ${value}[${name}] : undefined` : `${value}[${name}]`};\n`;
      let check = this.check(properties[key]!, property);
      if (required.includes(key)) {
        code += `if (${property} === undefined) return false;\n${check}`;
        continue;
      }
      // An optional field may be null; in strict mode an undeclared null is for the closures to report.
      if (!acceptsNull(properties[key]!)) check = `if (${property} === null) {\nif (strict) return false;\n}\nelse {\n${check}}\n`;
      // What the spec requires since a date, missing in strict mode: the closures judge it by the call's day.
      if (shape.s?.[key] !== undefined) code += `if (strict && ${property} === undefined) return false;\n`;
      if (check !== '') code += `if (${property} !== undefined) {\n${check}}\n`;
    }
    // A property of an earlier version is known; in strict mode the closures judge it by the call's day.
    const gone = Object.keys(shape.g ?? {});
    for (const key of gone) code += `if (strict && hasOwn(${value}, ${literal(key)})) return false;\n`;
    const known = this.constant(new Set([...keys, ...gone]));
    if (rest === undefined) code += `if (strict && hasUnknownProperty(${value}, ${known})) return false;\n`;
    else if (rest.k !== 'u') code += `if (!acceptsOtherProperties(${value}, ${known}, ${this.constant(this.acceptor(rest))}, strict)) return false;\n`;
    return code;
  }

  private call(acceptor: Acceptor, value: string): string {
    return `if (!${this.constant(acceptor)}(${value}, strict)) return false;\n`;
  }

  /** A shape checked by a function of its own (an `anyOf` candidate, additional properties). */
  private acceptor(shape: Shape): Acceptor {
    return shape.k === 'r' ? this.lateBound(shape.v) : this.compile(shape);
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

const MAX_INLINE_DEPTH = 8;

/**
 * As `anyOfValidator` decides: the first candidate valid in lenient mode is the one that counts,
 * in the caller's mode; a value that no candidate accepts leniently is not valid.
 */
function anyOfAcceptor(candidates: readonly Acceptor[]): Acceptor {
  if (candidates.length === 1) return candidates[0]!;
  return (value, strict) => {
    for (const candidate of candidates) if (candidate(value, false)) return !strict || candidate(value, true);
    return false;
  };
}

/** Whether an object has an own enumerable property outside `known` (as `checkOtherProperties` reads them). */
function hasUnknownProperty(value: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  for (const key in value) if (Object.hasOwn(value, key) && !known.has(key)) return true;
  return false;
}

/** Whether `rest` accepts every property outside `known` (as `checkOtherProperties` reads them). */
function acceptsOtherProperties(value: Record<string, unknown>, known: ReadonlySet<string>, rest: Acceptor, strict: boolean): boolean {
  for (const key in value) if (Object.hasOwn(value, key) && !known.has(key) && !rest(value[key], strict)) return false;
  return true;
}

function literal(text: string): string {
  return JSON.stringify(text);
}
