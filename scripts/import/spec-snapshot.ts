/**
 * Reads one version of an OpenAPI spec into a {@link Snapshot}, with the generator's own YAML
 * reading, `$ref` resolution and `allOf` flattening (openapi.ts, convert.ts).
 * Descriptions and other prose are never read.
 */
import { ApiConverter } from './convert.js';
import type { IR } from '../lib/ir.js';
import { type Raw, loadSpec, readOperations, refName } from './openapi.js';
import {
  type OperationFacts,
  type PropertyFacts,
  type SchemaFacts,
  type Snapshot,
  enumType,
  inlineItemsName,
  inlinePropertyName,
  unionType,
} from './snapshot.js';

/** Reads the spec in `file` as the version of `api` it is. */
export function readSpecSnapshot(file: string, api: string): Snapshot {
  const spec = { ...loadSpec(file), api };
  const conv = new ApiConverter(spec);
  const facts = new SpecFacts(conv);
  const schemas = new Map<string, SchemaFacts>();
  for (const name of Object.keys(spec.schemas)) facts.collect(name, conv.component(name), schemas);

  const operations = new Map<string, OperationFacts>();
  for (const raw of readOperations(spec)) {
    const where = `${api}.${raw.operationId}`;
    const bodyType = (schema: Raw): string =>
      '$ref' in schema ? refName(schema['$ref'], 'schemas', where) : facts.type(conv.convert(schema, where));
    if (operations.has(raw.operationId)) throw new Error(`${file}: operationId ${raw.operationId} twice`);
    operations.set(raw.operationId, {
      operationId: raw.operationId,
      method: raw.method,
      path: raw.path,
      request: raw.requestSchema === undefined ? null : { type: bodyType(raw.requestSchema), required: raw.requestRequired },
      responses: new Map(raw.responses.map(([status, schema]) => [status, schema === null ? null : bodyType(schema)])),
    });
  }
  return { schemas, operations };
}

/** The facts of the IRs of one spec. */
class SpecFacts {
  constructor(private readonly conv: ApiConverter) {}

  /** The component behind a reference key (`auth:Tenant`). */
  private target(to: string): IR {
    return this.conv.component(to.slice(this.conv.api.length + 1));
  }

  /** Whether a component keeps its name in a type (objects, enums, unions do; aliases do not). */
  private named(ir: IR): boolean {
    const inner = ir.k === 'nullable' ? ir.inner : ir;
    return inner.k === 'object' || inner.k === 'enum' || inner.k === 'anyOf';
  }

  type(ir: IR, seen: ReadonlySet<string> = new Set()): string {
    switch (ir.k) {
      case 'prim':
        return ir.t === 'integer' ? 'number' : ir.t;
      case 'ref': {
        const name = ir.to.slice(this.conv.api.length + 1);
        const target = this.target(ir.to);
        if (this.named(target) || seen.has(ir.to)) return name;
        return this.type(target, new Set([...seen, ir.to]));
      }
      case 'enum':
        return enumType(ir.values);
      case 'array':
        return `${this.type(ir.items, seen)}[]`;
      case 'object':
        if (ir.props.size > 0) return 'object';
        return `record<${ir.rest === undefined ? 'unknown' : this.type(ir.rest, seen)}>`;
      case 'anyOf':
        return unionType(ir.options.map((o) => this.type(o, seen)));
      case 'nullable':
        return this.type(ir.inner, seen);
    }
  }

  /** Whether a value of this IR may be `null`: marked nullable, or a reference to a nullable component. */
  private nullable(ir: IR): boolean {
    if (ir.k === 'nullable') return true;
    return ir.k === 'ref' && this.target(ir.to).k === 'nullable';
  }

  /** Adds the schema `name` (and the inline object schemas inside it) to `out`. */
  collect(name: string, ir: IR, out: Map<string, SchemaFacts>): void {
    const inner = ir.k === 'nullable' ? ir.inner : ir;
    const properties = new Map<string, PropertyFacts>();
    if (inner.k === 'object') {
      for (const [prop, pir] of inner.props) {
        properties.set(prop, { required: inner.required.includes(prop), nullable: this.nullable(pir), type: this.type(pir) });
        this.nested(inlinePropertyName(name, prop), pir, out);
      }
    } else if (inner.k === 'array') {
      this.nested(inlineItemsName(name), inner.items, out);
    }
    out.set(name, { type: this.type(inner), nullable: ir.k === 'nullable', properties });
  }

  /** An inline object (through arrays) becomes a schema named by its place. */
  private nested(name: string, ir: IR, out: Map<string, SchemaFacts>): void {
    const inner = ir.k === 'nullable' ? ir.inner : ir;
    if (inner.k === 'object' && inner.props.size > 0) this.collect(name, ir, out);
    else if (inner.k === 'array') this.nested(inlineItemsName(name), inner.items, out);
  }
}
