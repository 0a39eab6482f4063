/**
 * Intermediate form of a body schema, in memory on both sides of the spec model: the import
 * converts the specs into it and writes it to spec-model/ (scripts/lib/spec-model.ts), the
 * generator reads it back. A {@link Shape} that still carries the spec's `example` values (for the
 * fixtures) and what the specs' history adds (for the runtime and the TSDoc of the types). References are qualified by API
 * (`auth:Tenant`) until the global names are known.
 */
import type { PrimitiveShape, Shape } from '../../src/catalogue/shape.js';

/** An `example` of the spec: absent, or present with any JSON value (`null` included). */
export type Example = { readonly value: unknown } | undefined;

export type IR =
  | { readonly k: 'prim'; readonly t: PrimitiveShape; readonly ex: Example }
  | { readonly k: 'ref'; readonly to: string; readonly ex: Example }
  | { readonly k: 'enum'; readonly values: readonly (string | number)[]; readonly ex: Example }
  | { readonly k: 'array'; readonly items: IR; readonly ex: Example }
  | ObjectIR
  | { readonly k: 'anyOf'; readonly options: readonly IR[]; readonly ex: Example }
  | { readonly k: 'nullable'; readonly inner: IR; readonly ex: Example };

export interface ObjectIR {
  readonly k: 'object';
  /** Properties in spec order. */
  readonly props: ReadonlyMap<string, IR>;
  readonly required: readonly string[];
  readonly rest: IR | undefined;
  /**
   * The components (names in the same API) whose properties this object includes through
   * `allOf`, directly or through other components, in order.
   */
  readonly includes: readonly string[];
  /**
   * Fields today's spec requires that earlier versions did not: optional, with the date since
   * which the spec requires them (set by the generator from the history, never by the import).
   */
  readonly since: ReadonlyMap<string, string>;
  /**
   * Fields of earlier versions that today's spec lacks: the first version without them and their
   * last type (set by the generator from the history, never by the import).
   */
  readonly gone: ReadonlyMap<string, { readonly date: string; readonly ir: IR }>;
  readonly ex: Example;
}

/** The key of a component in the IR: `auth:Tenant`. */
export function qualify(api: string, name: string): string {
  return `${api}:${name}`;
}

/** The API and the component name of a key. */
export function splitKey(key: string): { api: string; name: string } {
  const i = key.indexOf(':');
  return { api: key.slice(0, i), name: key.slice(i + 1) };
}

/** Converts to the catalogue's {@link Shape}, naming references with `nameOf`. */
export function toShape(ir: IR, nameOf: (key: string) => string): Shape {
  switch (ir.k) {
    case 'prim':
      return ir.t;
    case 'ref':
      return { ref: nameOf(ir.to) };
    case 'enum':
      return { enum: ir.values };
    case 'array':
      return { array: toShape(ir.items, nameOf) };
    case 'anyOf':
      return { anyOf: ir.options.map((o) => toShape(o, nameOf)) };
    case 'nullable':
      return { nullable: toShape(ir.inner, nameOf) };
    case 'object': {
      const object: Record<string, Shape> = {};
      for (const [name, prop] of ir.props) object[name] = toShape(prop, nameOf);
      return {
        object,
        ...(ir.required.length > 0 ? { required: ir.required } : {}),
        ...(ir.rest !== undefined ? { rest: toShape(ir.rest, nameOf) } : {}),
        ...(ir.since.size > 0 ? { since: Object.fromEntries(ir.since) } : {}),
        ...(ir.gone.size > 0 ? { gone: Object.fromEntries([...ir.gone].map(([name, g]) => [name, g.date])) } : {}),
      };
    }
  }
}

/** Every reference key an IR holds, in order. */
export function refsOf(ir: IR, out: string[] = []): string[] {
  switch (ir.k) {
    case 'ref':
      out.push(ir.to);
      break;
    case 'array':
      refsOf(ir.items, out);
      break;
    case 'anyOf':
      for (const o of ir.options) refsOf(o, out);
      break;
    case 'nullable':
      refsOf(ir.inner, out);
      break;
    case 'object':
      for (const p of ir.props.values()) refsOf(p, out);
      if (ir.rest !== undefined) refsOf(ir.rest, out);
      for (const g of ir.gone.values()) refsOf(g.ir, out);
      break;
    default:
      break;
  }
  return out;
}

/** JSON with object keys sorted: a canonical text for comparing values. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
