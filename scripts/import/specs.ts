/**
 * The import step of the generator: reduces a folder of SaaSus OpenAPI specs (`<api>.yml`, the
 * `operations.json` index of event_type names and `SOURCES.md`) to the fact-only spec model
 * (scripts/lib/spec-model.ts) that `npm run generate` reads.
 *
 * Per API: every component schema converted (scripts/import/convert.ts: `allOf` flattened,
 * formats and bounds dropped, descriptions never read), every operation with its path
 * parameters, bodies and `event_type` names, checked against `operations.json`.
 *
 * The command line is `import-specs.ts` (`npm run import:specs`).
 */
import { join } from 'node:path';
import { fail } from '../lib/fail.js';
import type { Example } from '../lib/ir.js';
import { canonicalEventType } from '../lib/names.js';
import {
  SPEC_MODEL_FORMAT,
  type SpecModel,
  type SpecModelApi,
  type SpecModelOperation,
  keptExample,
  nodeOf,
} from '../lib/spec-model.js';
import { ApiConverter } from './convert.js';
import { type IndexEntry, type RawOperation, loadIndex, loadSpec, readOperations, specFiles } from './openapi.js';
import { readSpecSources } from './specs-sources.js';

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The path parameters in template order, with the spec's example of each where it has one. */
function pathParams(raw: RawOperation, conv: ApiConverter): SpecModelOperation['pathParams'] {
  const where = `${raw.api}.${raw.operationId}`;
  const names = [...raw.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const declared = raw.parameters.filter((p) => p.in === 'path');
  for (const p of declared) {
    if (!names.includes(p.name)) fail(`${where}: path parameter ${p.name} is not in the path`);
  }
  return names.map((name) => {
    const p = declared.find((d) => d.name === name);
    if (p === undefined) fail(`${where}: path parameter {${name}} is not declared`);
    // The parameter's own example, else its schema's, else that of the component it names.
    let example: Example = p.example;
    if (example === undefined && p.schema !== undefined) {
      const ir = conv.convert(p.schema, `${where} {${name}}`);
      example = ir.ex;
      if (example === undefined && ir.k === 'ref') example = conv.component(ir.to.slice(raw.api.length + 1)).ex;
    }
    const kept = keptExample(example, `${where} {${name}}`);
    return kept === undefined ? { name } : { name, example: kept.value };
  });
}

function operation(raw: RawOperation, conv: ApiConverter, entry: IndexEntry): SpecModelOperation {
  const where = `${raw.api}.${raw.operationId}`;
  const key = `${raw.api} ${raw.method} ${raw.path}`;
  if (entry.operationId !== raw.operationId) {
    fail(`${key}: operationId ${raw.operationId} but operations.json says ${entry.operationId}`);
  }
  if (entry.uriTemplate !== raw.pathTemplate) {
    fail(`${key}: path template ${raw.pathTemplate} but operations.json says ${entry.uriTemplate}`);
  }
  const canonical = canonicalEventType(raw.operationId);
  if (canonical !== entry.event_type) {
    fail(`${key}: derived event_type ${canonical} but operations.json says ${entry.event_type}`);
  }
  const eventTypes: [string, ...string[]] = [canonical];
  for (const alt of entry.eventTypeAlternatives) if (!eventTypes.includes(alt)) eventTypes.push(alt);
  const node = (schema: Record<string, unknown>, suffix: string) =>
    nodeOf(conv.convert(schema, `${where} ${suffix}`), raw.api, `${where} ${suffix}`);
  return {
    operationId: raw.operationId,
    method: raw.method,
    path: raw.path,
    uriTemplate: raw.pathTemplate,
    eventTypes,
    pathParams: pathParams(raw, conv),
    request: raw.requestSchema === undefined ? null : { schema: node(raw.requestSchema, 'request'), required: raw.requestRequired },
    responses: raw.responses.map(([status, schema]) => ({ status, schema: schema === null ? null : node(schema, status) })),
  };
}

/** Reads the spec folder `specDir` into the spec model. */
export function importSpecs(specDir: string): SpecModel {
  const files = specFiles(specDir);
  if (files.length === 0) fail(`no *.yml spec in ${specDir}`);
  const index = loadIndex(specDir);
  const indexByKey = new Map(index.map((e) => [`${e.api} ${e.method} ${e.path}`, e]));
  if (indexByKey.size !== index.length) fail('operations.json lists an operation twice');

  const apis: SpecModelApi[] = [];
  for (const file of files) {
    const spec = loadSpec(join(specDir, file));
    if (apis.some((a) => a.api === spec.api)) fail(`two specs for API ${spec.api}`);
    const conv = new ApiConverter(spec);
    const schemas: SpecModelApi['schemas'] = {};
    for (const name of conv.componentNames()) schemas[name] = nodeOf(conv.component(name), spec.api, `${spec.api}.${name}`);

    const operations: SpecModelOperation[] = [];
    for (const raw of readOperations(spec)) {
      const key = `${raw.api} ${raw.method} ${raw.path}`;
      const entry = indexByKey.get(key);
      if (entry === undefined) fail(`operations.json has no entry for ${key}`);
      indexByKey.delete(key);
      operations.push(operation(raw, conv, entry));
    }
    operations.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.method, b.method));
    const ids = new Set(operations.map((o) => o.operationId));
    if (ids.size !== operations.length) fail(`${spec.api}: two operations share an operationId`);
    apis.push({ format: SPEC_MODEL_FORMAT, api: spec.api, basePath: spec.basePath, operations, schemas });
  }
  if (indexByKey.size > 0) fail(`operations.json lists operations missing from the specs: ${[...indexByKey.keys()].join('; ')}`);
  apis.sort((a, b) => compareStrings(a.api, b.api));
  return { sources: readSpecSources(specDir, files), apis };
}
