/**
 * The spec model: the facts of the SaaSus OpenAPI specs that the generator needs, committed under
 * `spec-model/` so that every clone generates (and checks) `src/generated` without the specs.
 * `npm run import:specs` writes it (scripts/import/), `npm run generate` reads it.
 *
 * Files:
 * - `spec-model/specs.json` ({@link SpecSources}): where the specs came from (repository,
 *   commit, dates, blobs) and the SHA-256 of each spec file;
 * - `spec-model/apis/<api>.json` ({@link SpecModelApi}): one API's operations (sorted by path and
 *   method) and every component schema (sorted by name).
 *
 * Facts only: names, types, required lists, enums, nullability, examples, dates. No description,
 * title, summary or other prose of the specs; an example that reads like prose is dropped.
 *
 * A schema is a {@link SchemaNode}: the generator's {@link IR} written as JSON. Keys of a node
 * come in a fixed order; properties, `required` lists and responses keep the order of the spec
 * (it is the order of the generated types).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PrimitiveShape } from '../../src/catalogue/shape.js';
import { fail } from './fail.js';
import { type Example, type IR, qualify, splitKey } from './ir.js';
import { printJson } from './json-text.js';

/** The version of the files' format; a change of format changes it. */
export const SPEC_MODEL_FORMAT = 1;

/** The model's files by path relative to the model folder. */
export const SPECS_FILE = 'specs.json';
export const APIS_DIR = 'apis';

// ---------------------------------------------------------------------------------------------
// Format

/** A schema: `type`, `ref`, `enum` or `anyOf` says which kind; `nullable` and `example` may join any. */
export type SchemaNode = (
  | { readonly type: PrimitiveShape }
  | { readonly ref: string }
  | { readonly enum: readonly (string | number)[] }
  | { readonly type: 'array'; readonly items: SchemaNode }
  | {
      readonly type: 'object';
      /** In spec order. */
      readonly properties: { readonly [name: string]: SchemaNode };
      readonly required?: readonly string[] | undefined;
      readonly additionalProperties?: SchemaNode | undefined;
      /** Components whose properties the object includes through `allOf` ({@link IR}'s `includes`). */
      readonly includes?: readonly string[] | undefined;
    }
  | { readonly anyOf: readonly SchemaNode[] }
) & { readonly nullable?: true | undefined; readonly example?: unknown };

const extras = { nullable: z.literal(true).optional(), example: z.unknown().optional() };
const names = z.array(z.string().min(1));

const SchemaNode: z.ZodType<SchemaNode> = z.lazy(() =>
  z.union([
    z.strictObject({ type: z.enum(['string', 'integer', 'number', 'boolean', 'unknown']), ...extras }),
    z.strictObject({ ref: z.string().min(1), ...extras }),
    z.strictObject({ enum: z.array(z.union([z.string(), z.number()])).min(1), ...extras }),
    z.strictObject({ type: z.literal('array'), items: SchemaNode, ...extras }),
    z.strictObject({
      type: z.literal('object'),
      properties: z.record(z.string(), SchemaNode),
      required: names.min(1).optional(),
      additionalProperties: SchemaNode.optional(),
      includes: names.min(1).optional(),
      ...extras,
    }),
    z.strictObject({ anyOf: z.array(SchemaNode).min(1), ...extras }),
  ]),
);

const status = z.string().regex(/^(\d{3}|default)$/);

const Operation = z.strictObject({
  operationId: z.string().min(1),
  /** Upper case. */
  method: z.string().regex(/^[A-Z]+$/),
  /** Relative to the API's `basePath`. */
  path: z.string().startsWith('/'),
  /** `basePath` + `path`: the form of an event's `uri`. */
  uriTemplate: z.string().startsWith('/'),
  /** The canonical `event_type` first, then the alternative spellings. */
  eventTypes: z.tuple([z.string().min(1)], z.string().min(1)),
  /** In the order of the path template, with the spec's example where it has one. */
  pathParams: z.array(z.strictObject({ name: z.string().min(1), example: z.unknown().optional() })),
  /** The `application/json` request body, `null` when the operation takes none. */
  request: z.strictObject({ schema: SchemaNode, required: z.boolean() }).nullable(),
  /** In spec order; `schema` is `null` when the status has no JSON body. */
  responses: z.array(z.strictObject({ status, schema: SchemaNode.nullable() })).min(1),
});

const SpecModelApi = z.strictObject({
  format: z.literal(SPEC_MODEL_FORMAT),
  api: z.string().regex(/^[a-z][a-z0-9]*$/),
  /** The path of the spec's `servers[0].url`, e.g. `/v1/auth`. */
  basePath: z.string().startsWith('/'),
  operations: z.array(Operation),
  schemas: z.record(z.string(), SchemaNode),
});

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const day = z.iso.date();
const commit = z.string().regex(/^[0-9a-f]{7,40}$/);

const SpecSources = z.strictObject({
  format: z.literal(SPEC_MODEL_FORMAT),
  /** The snapshot the spec files were copied from. */
  source: z.strictObject({ repository: z.string().min(1), commit, date: day }),
  /** Each API's spec file: its path in the source, blob, the last commit touching it, its SHA-256. */
  apis: z.record(
    z.string(),
    z.strictObject({
      file: z.string().min(1),
      sourcePath: z.string().min(1),
      blob: commit,
      lastChange: z.strictObject({ commit, date: day }),
      sha256,
    }),
  ),
  /** The `operations.json` index of the spec folder (event_type names). */
  operationsIndex: z.strictObject({ file: z.string().min(1), sha256 }),
});

export type SpecModelOperation = z.infer<typeof Operation>;
export type SpecModelApi = z.infer<typeof SpecModelApi>;
export type SpecSources = z.infer<typeof SpecSources>;

/** The whole model: the sources and each API, sorted by API name. */
export interface SpecModel {
  readonly sources: SpecSources;
  readonly apis: readonly SpecModelApi[];
}

// ---------------------------------------------------------------------------------------------
// Rules

/** A string that reads like prose (four words or more), anywhere in a value: never kept. */
export function hasProse(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().split(/\s+/).length >= 4;
  if (Array.isArray(value)) return value.some(hasProse);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasProse);
  return false;
}

/** Whether a value survives JSON unchanged (finite numbers, plain data). */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value === 'object') return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isJson);
  return false;
}

/**
 * An example as the model keeps it: `undefined` (dropped) when it reads like prose; fails when it
 * is not JSON.
 */
export function keptExample(example: Example, where: string): Example {
  if (example === undefined || hasProse(example.value)) return undefined;
  if (!isJson(example.value)) fail(`${where}: the example is not a JSON value`);
  return example;
}

// ---------------------------------------------------------------------------------------------
// IR <-> node

/** The node of an IR of `api` (references within the API), examples that read like prose dropped. */
export function nodeOf(ir: IR, api: string, where: string): SchemaNode {
  const ex = keptExample(ir.ex, where);
  const withExample = <T extends object>(node: T): T => (ex === undefined ? node : { ...node, example: ex.value });
  switch (ir.k) {
    case 'prim':
      return withExample({ type: ir.t });
    case 'ref': {
      const target = splitKey(ir.to);
      if (target.api !== api) fail(`${where}: reference ${ir.to} leaves the API ${api}`);
      return withExample({ ref: target.name });
    }
    case 'enum':
      return withExample({ enum: [...ir.values] });
    case 'array':
      return withExample({ type: 'array', items: nodeOf(ir.items, api, `${where}[]`) });
    case 'anyOf':
      return withExample({ anyOf: ir.options.map((o, i) => nodeOf(o, api, `${where}|${i}`)) });
    case 'nullable': {
      const inner = nodeOf(ir.inner, api, where);
      if (inner.nullable === true || 'example' in inner) fail(`${where}: a nullable schema inside a nullable one`);
      return withExample({ ...inner, nullable: true as const });
    }
    case 'object': {
      const properties: Record<string, SchemaNode> = {};
      for (const [name, prop] of ir.props) properties[name] = nodeOf(prop, api, `${where}.${name}`);
      return withExample({
        type: 'object' as const,
        properties,
        ...(ir.required.length > 0 ? { required: [...ir.required] } : {}),
        ...(ir.rest !== undefined ? { additionalProperties: nodeOf(ir.rest, api, `${where}.*`) } : {}),
        ...(ir.includes.length > 0 ? { includes: [...ir.includes] } : {}),
      });
    }
  }
}

/** The IR of a node of `api` (references qualified by the API). */
export function irOf(node: SchemaNode, api: string): IR {
  const ex: Example = 'example' in node ? { value: node.example } : undefined;
  let ir: IR;
  if ('ref' in node) ir = { k: 'ref', to: qualify(api, node.ref), ex: undefined };
  else if ('enum' in node) ir = { k: 'enum', values: node.enum, ex: undefined };
  else if ('anyOf' in node) ir = { k: 'anyOf', options: node.anyOf.map((o) => irOf(o, api)), ex: undefined };
  else if (node.type === 'array') ir = { k: 'array', items: irOf(node.items, api), ex: undefined };
  else if (node.type === 'object') {
    ir = {
      k: 'object',
      props: new Map(Object.entries(node.properties).map(([name, prop]) => [name, irOf(prop, api)])),
      required: node.required ?? [],
      rest: node.additionalProperties === undefined ? undefined : irOf(node.additionalProperties, api),
      includes: node.includes ?? [],
      since: new Map(),
      gone: new Map(),
      ex: undefined,
    };
  } else ir = { k: 'prim', t: node.type, ex: undefined };
  // As the import reads the specs: the example belongs to the nullable wrapper, not to its inner schema.
  return node.nullable === true ? { k: 'nullable', inner: ir, ex } : { ...ir, ex };
}

// ---------------------------------------------------------------------------------------------
// Files

/** Every file of the model (path relative to the model folder, text). */
export function specModelFiles(model: SpecModel): Map<string, string> {
  const files = new Map<string, string>();
  files.set(SPECS_FILE, printJson(model.sources));
  for (const api of model.apis) files.set(`${APIS_DIR}/${api.api}.json`, printJson(api));
  return files;
}

/** The files of `dir` that the model would hold or that look like model files (`apis/*.json`). */
export function listSpecModelFiles(dir: string): string[] {
  const files = existsSync(join(dir, SPECS_FILE)) ? [SPECS_FILE] : [];
  const apisDir = join(dir, APIS_DIR);
  if (existsSync(apisDir)) {
    for (const f of readdirSync(apisDir).sort()) if (f.endsWith('.json')) files.push(`${APIS_DIR}/${f}`);
  }
  return files;
}

function parseFile<T>(dir: string, path: string, schema: z.ZodType<T>): T {
  const file = join(dir, path);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`spec model: cannot read ${path}: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    fail(`spec model: ${path} is not in the spec model format:\n  ${issues.join('\n  ')}`);
  }
  return parsed.data;
}

/** Every reference, prose example and other rule break of one API's file. */
function apiProblems(api: SpecModelApi, path: string): string[] {
  const problems: string[] = [];
  const walk = (node: SchemaNode, where: string): void => {
    if ('example' in node && (hasProse(node.example) || !isJson(node.example))) problems.push(`${where}: an example reads like prose or is not JSON`);
    if ('ref' in node && !Object.hasOwn(api.schemas, node.ref)) problems.push(`${where}: reference to a missing schema ${node.ref}`);
    else if ('anyOf' in node) node.anyOf.forEach((o, i) => walk(o, `${where}|${i}`));
    else if ('type' in node && node.type === 'array') walk(node.items, `${where}[]`);
    else if ('type' in node && node.type === 'object') {
      for (const [name, prop] of Object.entries(node.properties)) walk(prop, `${where}.${name}`);
      for (const r of node.required ?? []) if (!Object.hasOwn(node.properties, r)) problems.push(`${where}: requires ${r}, which it does not declare`);
      if (node.additionalProperties !== undefined) walk(node.additionalProperties, `${where}.*`);
    }
  };
  const names = Object.keys(api.schemas);
  if (names.join('\n') !== [...names].sort().join('\n')) problems.push('schemas: not sorted by name');
  for (const [name, node] of Object.entries(api.schemas)) walk(node, `schemas.${name}`);
  const keys = api.operations.map((op) => `${op.path}\u0000${op.method}`);
  if (keys.join('\n') !== [...keys].sort().join('\n') || new Set(keys).size !== keys.length) {
    problems.push('operations: not sorted by path and method, or listed twice');
  }
  for (const op of api.operations) {
    const where = `operations.${op.operationId}`;
    if (op.uriTemplate !== api.basePath + op.path) problems.push(`${where}: uriTemplate is not basePath + path`);
    const params = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    if (params.join('/') !== op.pathParams.map((p) => p.name).join('/')) problems.push(`${where}: pathParams do not match the path`);
    for (const p of op.pathParams) {
      if ('example' in p && (hasProse(p.example) || !isJson(p.example))) problems.push(`${where}.${p.name}: an example reads like prose or is not JSON`);
    }
    if (op.request !== null) walk(op.request.schema, `${where}.request`);
    for (const r of op.responses) if (r.schema !== null) walk(r.schema, `${where}.${r.status}`);
  }
  return problems.map((p) => `${path}: ${p}`);
}

/**
 * Reads the model from `dir` (`spec-model/`), checking its format and rules; fails with a
 * message saying what is missing or wrong.
 */
export function readSpecModel(dir: string): SpecModel {
  if (!existsSync(join(dir, SPECS_FILE))) {
    fail(`spec model: ${join(dir, SPECS_FILE)} is missing; run \`npm run import:specs\` (it needs the SaaSus OpenAPI specs) and commit spec-model/`);
  }
  const sources = parseFile(dir, SPECS_FILE, SpecSources);
  const listed = Object.keys(sources.apis).sort();
  const present = listSpecModelFiles(dir).filter((f) => f !== SPECS_FILE);
  const expected = listed.map((api) => `${APIS_DIR}/${api}.json`);
  const missing = expected.filter((f) => !present.includes(f));
  const extra = present.filter((f) => !expected.includes(f));
  if (missing.length > 0 || extra.length > 0) {
    fail(`spec model: ${SPECS_FILE} lists the APIs ${listed.join(', ')}, but ${[...missing.map((f) => `${f} is missing`), ...extra.map((f) => `${f} is not listed`)].join('; ')}`);
  }
  const apis = listed.map((api) => {
    const path = `${APIS_DIR}/${api}.json`;
    const model = parseFile(dir, path, SpecModelApi);
    if (model.api !== api) fail(`spec model: ${path} holds the API ${model.api}`);
    return model;
  });
  const problems = apis.flatMap((api) => apiProblems(api, `${APIS_DIR}/${api.api}.json`));
  if (problems.length > 0) fail(`spec model: ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`);
  return { sources, apis };
}
