/**
 * Intermediate form of a body schema, in memory on both sides of the spec model: the import
 * converts the specs into it and writes it to spec-model/ (scripts/lib/spec-model.ts), the
 * generator reads it back. A {@link Shape} that still carries the spec's `example` values (for the
 * fixtures) and what the specs' history adds (for the runtime and the TSDoc of the types). References are qualified by API
 * (`auth:Tenant`) until the global names are known.
 */
import { anyOfShape, arrayShape, enumShape, nullableShape, objectShape, primitiveShape, refShape } from '../../src/catalogue/build-shape.js';
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

/**
 * Converts to the catalogue's {@link Shape}, naming references with `nameOf`; `onShape` sees each
 * shape made with the IR node it was made from (the fixtures take the spec's examples from there).
 */
export function toShape(ir: IR, nameOf: (key: string) => string, onShape?: (shape: Shape, ir: IR) => void): Shape {
  const convert = (node: IR): Shape => toShape(node, nameOf, onShape);
  let shape: Shape;
  switch (ir.k) {
    case 'prim':
      shape = primitiveShape(ir.t);
      break;
    case 'ref':
      shape = refShape(nameOf(ir.to));
      break;
    case 'enum':
      shape = enumShape(ir.values);
      break;
    case 'array':
      shape = arrayShape(convert(ir.items));
      break;
    case 'anyOf':
      shape = anyOfShape(ir.options.map(convert));
      break;
    case 'nullable':
      shape = nullableShape(convert(ir.inner));
      break;
    case 'object': {
      const properties: Record<string, Shape> = {};
      for (const [name, prop] of ir.props) properties[name] = convert(prop);
      const object = objectShape(properties, ir.required, ir.rest === undefined ? undefined : convert(ir.rest));
      shape = {
        ...object,
        ...(ir.since.size > 0 ? { s: Object.fromEntries(ir.since) } : {}),
        ...(ir.gone.size > 0 ? { g: Object.fromEntries([...ir.gone].map(([name, g]) => [name, g.date])) } : {}),
      };
      break;
    }
  }
  onShape?.(shape, ir);
  return shape;
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
