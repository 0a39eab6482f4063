/**
 * Applies the hand-kept relaxations of scripts/spec-relaxations.ts to the schemas of the spec
 * model: a relaxed field leaves `required` in its component and in every object that includes
 * the component through `allOf`, and keeps its reason for the TSDoc of the types.
 */
import { fail } from './fail.js';
import type { IR, ObjectIR } from './ir.js';

export interface Relaxation {
  /** A component schema as the specs spell it. */
  readonly schema: string;
  /** Fields the spec requires that real events may lack. */
  readonly fields: readonly string[];
  readonly reason: string;
}

/** The relaxations by schema name; fails on a schema listed twice or an entry without fields or reason. */
export function relaxationsBySchema(list: readonly Relaxation[]): ReadonlyMap<string, Relaxation> {
  const bySchema = new Map<string, Relaxation>();
  for (const r of list) {
    if (bySchema.has(r.schema)) fail(`spec-relaxations: ${r.schema} is listed twice`);
    if (r.fields.length === 0 || r.reason.trim() === '') fail(`spec-relaxations: ${r.schema} needs fields and a reason`);
    bySchema.set(r.schema, r);
  }
  return bySchema;
}

/** Fails unless the component `ir` (of `where`) is an object that declares and requires every relaxed field. */
export function checkRelaxation(ir: IR, relaxation: Relaxation, where: string): void {
  if (ir.k !== 'object') fail(`spec-relaxations: ${where} is not an object schema`);
  for (const field of relaxation.fields) {
    if (!ir.props.has(field)) fail(`spec-relaxations: ${where} has no property ${field}`);
    if (!ir.required.includes(field)) fail(`spec-relaxations: ${where}.${field} is not required`);
  }
}

/**
 * `ir` with the relaxations applied to every object in it; `component` is the name of the
 * component `ir` is, if it is one.
 */
export function relax(ir: IR, relaxations: ReadonlyMap<string, Relaxation>, component?: string): IR {
  if (relaxations.size === 0) return ir;
  switch (ir.k) {
    case 'prim':
    case 'ref':
    case 'enum':
      return ir;
    case 'array':
      return { ...ir, items: relax(ir.items, relaxations) };
    case 'anyOf':
      return { ...ir, options: ir.options.map((o) => relax(o, relaxations)) };
    case 'nullable':
      return { ...ir, inner: relax(ir.inner, relaxations) };
    case 'object':
      return relaxObject(ir, relaxations, component);
  }
}

function relaxObject(ir: ObjectIR, relaxations: ReadonlyMap<string, Relaxation>, component: string | undefined): ObjectIR {
  const relaxed = new Map(ir.relaxed);
  for (const name of component === undefined ? ir.includes : [component, ...ir.includes]) {
    const relaxation = relaxations.get(name);
    if (relaxation === undefined) continue;
    for (const field of relaxation.fields) if (ir.props.has(field)) relaxed.set(field, relaxation.reason);
  }
  const props = new Map([...ir.props].map(([name, prop]) => [name, relax(prop, relaxations)]));
  return {
    ...ir,
    props,
    required: ir.required.filter((f) => !relaxed.has(f)),
    rest: ir.rest === undefined ? undefined : relax(ir.rest, relaxations),
    relaxed,
  };
}
