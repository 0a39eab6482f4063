/**
 * Converts the schemas of one SaaSus API spec into {@link IR}: `allOf` flattened into one object
 * (which records the components it includes), `oneOf`/`anyOf` as `anyOf`, formats, patterns and
 * bounds dropped, descriptions never read.
 */
import { fail } from '../lib/fail.js';
import type { Example, IR, ObjectIR } from '../lib/ir.js';
import { qualify, stableStringify, toShape } from '../lib/ir.js';
import { type ApiSpec, type Raw, isRaw, refName } from './openapi.js';

/** Keys that may sit beside a `$ref` (OpenAPI 3.0 ignores them; we read only `example`). */
const REF_SIBLINGS = new Set(['title', 'description', 'example']);

/** Keys of a schema that the conversion reads or knowingly ignores. */
const KNOWN_KEYS = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'nullable',
  'allOf', 'oneOf', 'anyOf', 'discriminator', 'example', 'title', 'description', 'format',
  'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'default',
  'readOnly', 'writeOnly', 'deprecated',
]);

function exampleOf(schema: Raw): Example {
  return 'example' in schema ? { value: schema['example'] } : undefined;
}

/** Converts the schemas of one API, memoizing components. */
export class ApiConverter {
  readonly api: string;
  private readonly spec: ApiSpec;
  private readonly memo = new Map<string, IR>();
  private readonly inProgress = new Set<string>();

  constructor(spec: ApiSpec) {
    this.api = spec.api;
    this.spec = spec;
  }

  has(name: string): boolean {
    return Object.hasOwn(this.spec.schemas, name);
  }

  /** The names of the API's components, sorted. */
  componentNames(): string[] {
    return Object.keys(this.spec.schemas).sort();
  }

  private raw(name: string): Raw {
    const schema = this.has(name) ? this.spec.schemas[name] : undefined;
    if (schema === undefined) fail(`${this.api}: schema ${name} not found`);
    return schema;
  }

  /** The IR of a component. */
  component(name: string): IR {
    const done = this.memo.get(name);
    if (done !== undefined) return done;
    if (this.inProgress.has(name)) fail(`${this.api}.${name}: circular allOf`);
    this.inProgress.add(name);
    const ir = this.convert(this.raw(name), `${this.api}.${name}`);
    this.inProgress.delete(name);
    this.memo.set(name, ir);
    return ir;
  }

  /**
   * Follows a schema that is only a `$ref` to the IR it stands for; `names` receives the
   * components passed through.
   */
  private resolve(ir: IR, where: string, names: string[]): IR {
    const seen = new Set<string>();
    let cur = ir;
    while (cur.k === 'ref') {
      if (seen.has(cur.to)) fail(`${where}: circular $ref`);
      seen.add(cur.to);
      const name = cur.to.slice(this.api.length + 1);
      names.push(name);
      cur = this.component(name);
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
      includes: [],
      since: new Map(),
      gone: new Map(),
      ex: exampleOf(schema),
    };
  }

  /** Flattens `allOf` (and any `properties`/`required` beside it) into one object. */
  private flatten(schema: Raw, where: string): ObjectIR {
    const members = schema['allOf'];
    if (!Array.isArray(members)) fail(`${where}: allOf must be a list`);
    const parts: ObjectIR[] = [];
    const includes: string[] = [];
    members.forEach((m: unknown, i) => {
      const part = this.member(asRaw(m, `${where}/allOf/${i}`), `${where}/allOf/${i}`, includes);
      parts.push(part);
    });
    if (schema['properties'] !== undefined || schema['required'] !== undefined || schema['additionalProperties'] !== undefined) {
      const { allOf: _allOf, example: _example, ...own } = schema;
      parts.push(this.object(own, where));
    }
    const props = new Map<string, IR>();
    const required: string[] = [];
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
      if (part.rest !== undefined) {
        rest =
          rest === undefined || stableStringify(toShape(rest, String)) === stableStringify(toShape(part.rest, String))
            ? part.rest
            : { k: 'prim', t: 'unknown', ex: undefined };
      }
    }
    return { k: 'object', props, required, rest, includes: [...new Set(includes)], since: new Map(), gone: new Map(), ex: exampleOf(schema) };
  }

  /** An `allOf` member as an object; `includes` receives the components it includes. */
  private member(schema: Raw, where: string, includes: string[]): ObjectIR {
    let ir: IR;
    if ('$ref' in schema) {
      ir = this.resolve(this.convert(schema, where), where, includes);
    } else if (schema['allOf'] !== undefined) {
      ir = this.flatten(schema, where);
    } else if (schema['oneOf'] !== undefined || schema['anyOf'] !== undefined || schema['enum'] !== undefined) {
      fail(`${where}: an allOf member must be an object schema`);
    } else {
      ir = this.object(schema, where);
    }
    if (ir.k !== 'object') fail(`${where}: an allOf member must be an object schema`);
    includes.push(...ir.includes);
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
