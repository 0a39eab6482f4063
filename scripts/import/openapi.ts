/**
 * Reads the SaaSus OpenAPI 3.0 specs (`<api>.yml`) and the derived `operations.json` index from the
 * spec folder. Only the structure is kept: names, types, paths. No prose leaves this module.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { fail } from '../lib/fail.js';

export type Raw = Record<string, unknown>;

export function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ApiSpec {
  /** Base name of the spec file: `auth`, `pricing`, …. */
  readonly api: string;
  /** Path of `servers[0].url`, e.g. `/v1/auth`. */
  readonly basePath: string;
  readonly schemas: Readonly<Record<string, Raw>>;
  readonly parameters: Readonly<Record<string, Raw>>;
  readonly paths: Readonly<Record<string, Raw>>;
}

export interface RawParameter {
  readonly name: string;
  readonly in: string;
  readonly schema: Raw | undefined;
  readonly example: { readonly value: unknown } | undefined;
}

export interface RawOperation {
  readonly api: string;
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Path relative to the server URL, e.g. `/tenants/{tenant_id}`. */
  readonly path: string;
  /** Server base path + path, e.g. `/v1/auth/tenants/{tenant_id}`. */
  readonly pathTemplate: string;
  readonly parameters: readonly RawParameter[];
  /** The `application/json` request body schema, absent when the operation takes none. */
  readonly requestSchema: Raw | undefined;
  readonly requestRequired: boolean;
  /** The `application/json` schema per status (`null` when that status has no JSON body), in spec order. */
  readonly responses: ReadonlyArray<readonly [status: string, schema: Raw | null]>;
}

export interface IndexEntry {
  readonly api: string;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly uriTemplate: string;
  readonly event_type: string;
  readonly eventTypeAlternatives: readonly string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function record(value: unknown, where: string): Raw {
  if (value === undefined) return {};
  if (!isRaw(value)) fail(`${where}: expected a mapping`);
  return value;
}

function recordOfRecords(value: unknown, where: string): Record<string, Raw> {
  const out: Record<string, Raw> = {};
  for (const [key, item] of Object.entries(record(value, where))) {
    if (!isRaw(item)) fail(`${where}.${key}: expected a mapping`);
    out[key] = item;
  }
  return out;
}

/** Lists the `*.yml` spec files of a folder, sorted by name. */
export function specFiles(specDir: string): string[] {
  return readdirSync(specDir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort();
}

export function loadSpec(file: string): ApiSpec {
  const api = basename(file).replace(/\.ya?ml$/, '');
  const doc: unknown = parse(readFileSync(file, 'utf8'));
  if (!isRaw(doc)) fail(`${file}: not an OpenAPI document`);
  if (typeof doc['openapi'] !== 'string' || !doc['openapi'].startsWith('3.')) {
    fail(`${file}: expected an OpenAPI 3 document`);
  }
  const servers = doc['servers'];
  const server0: unknown = Array.isArray(servers) ? servers[0] : undefined;
  const url = isRaw(server0) ? server0['url'] : undefined;
  if (typeof url !== 'string') fail(`${file}: servers[0].url missing`);
  const basePath = new URL(url).pathname.replace(/\/$/, '');
  const components = record(doc['components'], `${api}.components`);
  return {
    api,
    basePath,
    schemas: recordOfRecords(components['schemas'], `${api}.components.schemas`),
    parameters: recordOfRecords(components['parameters'], `${api}.components.parameters`),
    paths: recordOfRecords(doc['paths'], `${api}.paths`),
  };
}

/** Resolves a local `$ref` of the given kind (`schemas`, `parameters`) to its name. */
export function refName(ref: unknown, kind: string, where: string): string {
  const prefix = `#/components/${kind}/`;
  if (typeof ref !== 'string' || !ref.startsWith(prefix)) fail(`${where}: unsupported $ref ${String(ref)}`);
  return ref.slice(prefix.length);
}

function readParameter(spec: ApiSpec, raw: unknown, where: string): RawParameter {
  let p = raw;
  if (isRaw(p) && '$ref' in p) {
    const name = refName(p['$ref'], 'parameters', where);
    p = spec.parameters[name];
    if (p === undefined) fail(`${where}: parameter ${name} not found`);
  }
  if (!isRaw(p) || typeof p['name'] !== 'string' || typeof p['in'] !== 'string') {
    fail(`${where}: malformed parameter`);
  }
  const schema = p['schema'];
  return {
    name: p['name'],
    in: p['in'],
    schema: isRaw(schema) ? schema : undefined,
    example: 'example' in p ? { value: p['example'] } : undefined,
  };
}

function jsonSchema(content: unknown, where: string): Raw | null {
  const c = record(content, where);
  const json = c['application/json'];
  if (json === undefined) return null;
  if (!isRaw(json)) fail(`${where}: malformed media type`);
  const schema = json['schema'];
  if (schema === undefined) return null;
  if (!isRaw(schema)) fail(`${where}: malformed schema`);
  return schema;
}

export function readOperations(spec: ApiSpec): RawOperation[] {
  const ops: RawOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    const shared = Array.isArray(item['parameters']) ? item['parameters'] : [];
    for (const method of METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      const where = `${spec.api} ${method.toUpperCase()} ${path}`;
      if (!isRaw(op) || typeof op['operationId'] !== 'string') fail(`${where}: operationId missing`);
      const own = Array.isArray(op['parameters']) ? op['parameters'] : [];
      const params = new Map<string, RawParameter>();
      for (const p of [...shared, ...own]) {
        const param = readParameter(spec, p, where);
        params.set(`${param.in}:${param.name}`, param);
      }
      let requestSchema: Raw | undefined;
      let requestRequired = false;
      const body = op['requestBody'];
      if (body !== undefined) {
        if (!isRaw(body) || '$ref' in body) fail(`${where}: unsupported requestBody`);
        requestSchema = jsonSchema(body['content'], `${where} requestBody`) ?? undefined;
        requestRequired = body['required'] === true && requestSchema !== undefined;
      }
      const responses: Array<readonly [string, Raw | null]> = [];
      for (const [status, response] of Object.entries(record(op['responses'], `${where} responses`))) {
        if (!isRaw(response) || '$ref' in response) fail(`${where} ${status}: unsupported response`);
        responses.push([String(status), jsonSchema(response['content'], `${where} ${status}`)]);
      }
      ops.push({
        api: spec.api,
        operationId: op['operationId'],
        method: method.toUpperCase(),
        path,
        pathTemplate: spec.basePath + path,
        parameters: [...params.values()],
        requestSchema,
        requestRequired,
        responses,
      });
    }
  }
  return ops;
}

export function loadIndex(specDir: string): IndexEntry[] {
  const file = join(specDir, 'operations.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) fail(`${file}: expected an array`);
  return data.map((entry: unknown, i): IndexEntry => {
    if (!isRaw(entry)) fail(`${file}[${i}]: expected an object`);
    const str = (key: string): string => {
      const v = entry[key];
      if (typeof v !== 'string') fail(`${file}[${i}].${key}: expected a string`);
      return v;
    };
    const alts = entry['eventTypeAlternatives'] ?? [];
    if (!Array.isArray(alts) || !alts.every((a) => typeof a === 'string')) {
      fail(`${file}[${i}].eventTypeAlternatives: expected strings`);
    }
    return {
      api: str('api'),
      operationId: str('operationId'),
      method: str('method').toUpperCase(),
      path: str('path'),
      uriTemplate: str('uriTemplate'),
      event_type: str('event_type'),
      eventTypeAlternatives: alts as string[],
    };
  });
}
