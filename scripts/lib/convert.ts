/**
 * Converts the schemas of one SaaSus API spec into {@link IR}: `allOf` flattened into one object,
 * `oneOf`/`anyOf` as `anyOf`, formats, patterns and bounds dropped, descriptions never read.
 */
import type { Example, IR, ObjectIR } from './ir.js';
import { stableStringify, toShape } from './ir.js';
import { type ApiSpec, type Raw, fail, isRaw, refName } from './openapi.js';

export interface Relaxation {
  readonly schema: string;
  readonly fields: readonly string[];
  readonly reason: string;
}

/** Keys that may sit beside a `$ref` (OpenAPI 3.0 ignores them; we read only `example`). */
const REF_SIBLINGS = new Set(['title', 'description', 'example']);

/** Keys of a schema that the conversion reads or knowingly ignores. */
const KNOWN_KEYS = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'nullable',
  'allOf', 'oneOf', 'anyOf', 'discriminator', 'example', 'title', 'description', 'format',
  'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'default',
  'readOnly', 'writeOnly', 'deprecated',
]);

export function qualify(api: string, name: string): string {
  return `${api}:${name}`;
}

export function splitKey(key: string): { api: string; name: string } {
  const i = key.indexOf(':');
  return { api: key.slice(0, i), name: key.slice(i + 1) };
}

function exampleOf(schema: Raw): Example {
  return 'example' in schema ? { value: schema['example'] } : undefined;
}

/** Converts the schemas of one API, memoizing components. */
export class ApiConverter {
  readonly api: string;
  private readonly spec: ApiSpec;
  private readonly relaxations: ReadonlyMap<string, Relaxation>;
  /** Inline request/response schemas hoisted into named components. */
  private readonly hoisted = new Map<string, Raw>();
  private readonly memo = new Map<string, IR>();
  private readonly inProgress = new Set<string>();

  constructor(spec: ApiSpec, relaxations: ReadonlyMap<string, Relaxation>) {
    this.api = spec.api;
    this.spec = spec;
    this.relaxations = relaxations;
  }

  has(name: string): boolean {
    return name in this.spec.schemas || this.hoisted.has(name);
  }

  /** Registers an inline schema under a new component name; returns its key. */
  hoist(name: string, schema: Raw, where: string): string {
    if (this.has(name)) fail(`${where}: cannot hoist the inline schema as ${name}: the name is taken`);
    this.hoisted.set(name, schema);
    return qualify(this.api, name);
  }

  isHoisted(name: string): boolean {
    return this.hoisted.has(name);
  }

  raw(name: string): Raw {
    const schema = this.spec.schemas[name] ?? this.hoisted.get(name);
    if (schema === undefined) fail(`${this.api}: schema ${name} not found`);
    return schema;
  }

  /** The IR of a component (with its relaxation applied). */
  component(name: string): IR {
    const done = this.memo.get(name);
    if (done !== undefined) return done;
    if (this.inProgress.has(name)) fail(`${this.api}.${name}: circular allOf`);
    this.inProgress.add(name);
    let ir = this.convert(this.raw(name), `${this.api}.${name}`);
    const relaxation = this.relaxations.get(name);
    if (relaxation !== undefined) ir = this.relax(ir, relaxation, `${this.api}.${name}`);
    this.inProgress.delete(name);
    this.memo.set(name, ir);
    return ir;
  }

  private relax(ir: IR, relaxation: Relaxation, where: string): IR {
    if (ir.k !== 'object') fail(`spec-relaxations: ${where} is not an object schema`);
    const relaxed = new Map(ir.relaxed);
    for (const field of relaxation.fields) {
      if (!ir.props.has(field)) fail(`spec-relaxations: ${where} has no property ${field}`);
      if (!ir.required.includes(field)) fail(`spec-relaxations: ${where}.${field} is not required`);
      relaxed.set(field, relaxation.reason);
    }
    return { ...ir, required: ir.required.filter((f) => !relaxed.has(f)), relaxed };
  }

  /** Follows a schema that is only a `$ref` to the IR it stands for. */
  private resolve(ir: IR, where: string): IR {
    const seen = new Set<string>();
    let cur = ir;
    while (cur.k === 'ref') {
      if (seen.has(cur.to)) fail(`${where}: circular $ref`);
      seen.add(cur.to);
      cur = this.component(cur.to.slice(this.api.length + 1));
    }
    return cur;
  }

  convert(schema: Raw, where: string): IR {
    const ex = exampleOf(schema);
    if ('$ref' in schema) {
      for (const key of Object.keys(schema)) {
        if (key !== '$ref' && !REF_SIBLINGS.has(key) && !key.startsWith('x-')) {
          fail(`${where}: unsupported keyword ${key} beside $ref`);
        }
      }
      const name = refName(schema['$ref'], 'schemas', where);
      if (!this.has(name)) fail(`${where}: $ref to missing schema ${name}`);
      return { k: 'ref', to: qualify(this.api, name), ex };
    }
    for (const key of Object.keys(schema)) {
      if (!KNOWN_KEYS.has(key) && !key.startsWith('x-')) fail(`${where}: unsupported keyword ${key}`);
    }
    let ir: IR;
    const type = schema['type'];
    if (schema['allOf'] !== undefined) {
      ir = this.flatten(schema, where);
    } else if (schema['oneOf'] !== undefined || schema['anyOf'] !== undefined) {
      if (schema['properties'] !== undefined) fail(`${where}: oneOf/anyOf beside properties`);
      const list = schema['oneOf'] ?? schema['anyOf'];
      if (!Array.isArray(list)) fail(`${where}: oneOf/anyOf must be a list`);
      ir = {
        k: 'anyOf',
        options: list.map((o: unknown, i) => this.convert(asRaw(o, `${where}/${i}`), `${where}/${i}`)),
        ex,
      };
    } else if (schema['enum'] !== undefined) {
      const values = schema['enum'];
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string' || typeof v === 'number')) {
        fail(`${where}: enum must list strings or numbers`);
      }
      ir = { k: 'enum', values: values as (string | number)[], ex };
    } else if (type === 'string' || type === 'boolean' || type === 'number' || type === 'integer') {
      ir = { k: 'prim', t: type, ex };
    } else if (type === 'array') {
      const items = schema['items'];
      ir = {
        k: 'array',
        items: items === undefined ? { k: 'prim', t: 'unknown', ex: undefined } : this.convert(asRaw(items, `${where}[]`), `${where}[]`),
        ex,
      };
    } else if (type === 'object' || type === undefined) {
      if (type === undefined && schema['properties'] === undefined && schema['additionalProperties'] === undefined) {
        ir = { k: 'prim', t: 'unknown', ex };
      } else {
        ir = this.object(schema, where);
      }
    } else {
      fail(`${where}: unsupported type ${String(type)}`);
    }
    if (schema['nullable'] === true) ir = { k: 'nullable', inner: withoutExample(ir), ex };
    return ir;
  }

  private object(schema: Raw, where: string): ObjectIR {
    const props = new Map<string, IR>();
    const properties = schema['properties'];
    if (properties !== undefined) {
      if (!isRaw(properties)) fail(`${where}: properties must be a mapping`);
      for (const [name, prop] of Object.entries(properties)) {
        props.set(name, this.convert(asRaw(prop, `${where}.${name}`), `${where}.${name}`));
      }
    }
    const required = schema['required'] ?? [];
    if (!Array.isArray(required) || !required.every((r) => typeof r === 'string')) {
      fail(`${where}: required must list names`);
    }
    const ap = schema['additionalProperties'];
    let rest: IR | undefined;
    if (ap === true || (isRaw(ap) && Object.keys(ap).length === 0)) {
      rest = { k: 'prim', t: 'unknown', ex: undefined };
    } else if (isRaw(ap)) {
      rest = this.convert(ap, `${where}.*`);
    } else if (ap !== undefined && ap !== false) {
      fail(`${where}: unsupported additionalProperties`);
    }
    return {
      k: 'object',
      props,
      required: [...new Set(required as string[])],
      rest,
      relaxed: new Map(),
      ex: exampleOf(schema),
    };
  }

  /** Flattens `allOf` (and any `properties`/`required` beside it) into one object. */
  private flatten(schema: Raw, where: string): ObjectIR {
    const members = schema['allOf'];
    if (!Array.isArray(members)) fail(`${where}: allOf must be a list`);
    const parts: ObjectIR[] = [];
    members.forEach((m: unknown, i) => parts.push(this.member(asRaw(m, `${where}/allOf/${i}`), `${where}/allOf/${i}`)));
    if (schema['properties'] !== undefined || schema['required'] !== undefined || schema['additionalProperties'] !== undefined) {
      const { allOf: _allOf, example: _example, ...own } = schema;
      parts.push(this.object(own, where));
    }
    const props = new Map<string, IR>();
    const required: string[] = [];
    const relaxed = new Map<string, string>();
    let rest: IR | undefined;
    for (const part of parts) {
      for (const [name, prop] of part.props) {
        const prev = props.get(name);
        if (prev === undefined) {
          props.set(name, prop);
        } else if (stableStringify(toShape(prev, String)) !== stableStringify(toShape(prop, String))) {
          fail(`${where}: allOf members give property ${name} different schemas`);
        }
      }
      for (const r of part.required) if (!required.includes(r)) required.push(r);
      for (const [f, reason] of part.relaxed) relaxed.set(f, reason);
      if (part.rest !== undefined) {
        rest =
          rest === undefined || stableStringify(toShape(rest, String)) === stableStringify(toShape(part.rest, String))
            ? part.rest
            : { k: 'prim', t: 'unknown', ex: undefined };
      }
    }
    for (const f of required) relaxed.delete(f);
    return { k: 'object', props, required, rest, relaxed, ex: exampleOf(schema) };
  }

  private member(schema: Raw, where: string): ObjectIR {
    let ir: IR;
    if ('$ref' in schema) {
      ir = this.resolve(this.convert(schema, where), where);
    } else if (schema['allOf'] !== undefined) {
      ir = this.flatten(schema, where);
    } else if (schema['oneOf'] !== undefined || schema['anyOf'] !== undefined || schema['enum'] !== undefined) {
      fail(`${where}: an allOf member must be an object schema`);
    } else {
      ir = this.object(schema, where);
    }
    if (ir.k !== 'object') fail(`${where}: an allOf member must be an object schema`);
    return ir;
  }
}

function asRaw(value: unknown, where: string): Raw {
  if (!isRaw(value)) fail(`${where}: expected a schema`);
  return value;
}

function withoutExample(ir: IR): IR {
  return ir.ex === undefined ? ir : { ...ir, ex: undefined };
}
