import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from './support/paths.js';

type Json = Record<string, unknown>;

/**
 * One event to decode, as a Lambda receives it (the envelope already decoded by the runtime).
 *
 * @example
 * ```ts
 * const benchEvent: BenchEvent = { name: 'create_tenant, string form', event: { version: '0' } };
 * ```
 */
export interface BenchEvent {
  readonly name: string;
  readonly event: Json;
}

function readJson(relative: string): Json {
  return JSON.parse(readFileSync(join(fixturesDir, relative), 'utf8')) as Json;
}

/**
 * The published 2026 `create_tenant` sample, string form: `detail.event` a JSON string whose
 * bodies are JSON strings again.
 *
 * @example
 * ```ts
 * parseEvent(stringFormCreateTenant.event);
 * ```
 */
export const stringFormCreateTenant: BenchEvent = {
  name: 'create_tenant, string form',
  event: readJson('samples/create_tenant.2026.string-form.json'),
};

/**
 * The published 2023 `create_tenant` sample, object form: `detail.event` and its bodies are
 * JSON values.
 *
 * @example
 * ```ts
 * parseEvent(objectFormCreateTenant.event);
 * ```
 */
export const objectFormCreateTenant: BenchEvent = {
  name: 'create_tenant, object form',
  event: readJson('samples/create_tenant.2023.object-form.json'),
};

/** How many characters the large event's base64 field has: about one megabyte. */
const LARGE_CONTENT_LENGTH = 1_048_576;

/**
 * A string-form `upload_generation_files` event (apigateway UploadGenerationFiles, whose request
 * body `ApiGatewayInputFile` is `{ content }`, a base64 zip) with a ~1 MB `content`.
 *
 * @example
 * ```ts
 * parseEvent(largeStringFormUpload.event);
 * ```
 */
export const largeStringFormUpload: BenchEvent = {
  name: 'upload_generation_files, string form, 1 MB body',
  event: withRequestBody(readJson('operations/apigateway/UploadGenerationFiles.json'), { content: base64Like(LARGE_CONTENT_LENGTH) }),
};

/**
 * The three events of the decode benchmark.
 *
 * @example
 * ```ts
 * for (const { name, event } of decodeEvents) console.log(name, parseEvent(event).detail.event_type);
 * ```
 */
export const decodeEvents: readonly BenchEvent[] = [stringFormCreateTenant, largeStringFormUpload, objectFormCreateTenant];

/**
 * Every published sample and every generated per-operation event: a varied stream of valid
 * events (many operations, both forms) for the memory benchmark.
 *
 * @example
 * ```ts
 * const events = allFixtureEvents().map((fixture) => fixture.event);
 * ```
 */
export function allFixtureEvents(): BenchEvent[] {
  const files = (readdirSync(fixturesDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.json')).sort();
  return files.map((file) => ({ name: file, event: readJson(file) }));
}

function withRequestBody(event: Json, body: Json): Json {
  const detail = event.detail as Json;
  const log = JSON.parse(detail.event as string) as Json;
  const encodedLog = JSON.stringify({ ...log, request_body: JSON.stringify(body) });
  return { ...event, detail: { ...detail, event: encodedLog } };
}

/**
 * Base64 text of pseudo-random bytes, the same on every run: it looks like a zip upload to a
 * JSON parser (no escapes, no structure) without depending on `Math.random`.
 */
function base64Like(length: number): string {
  const bytes = Buffer.alloc(Math.ceil((length * 3) / 4));
  let state = 0x9e3779b9;
  for (let index = 0; index < bytes.length; index++) {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes.toString('base64').slice(0, length);
}

/**
 * Invalid variants of the string-form `create_tenant` event, each broken in one place every
 * competitor claims to validate: the benchmark checks that every decoder rejects all of them,
 * so that none is fast because it checks less.
 *
 * @example
 * ```ts
 * for (const broken of brokenCreateTenantEvents()) expect(() => parseEvent(broken.event)).toThrow();
 * ```
 */
export function brokenCreateTenantEvents(): BenchEvent[] {
  const base = stringFormCreateTenant.event;
  const detail = base.detail as Json;
  const log = JSON.parse(detail.event as string) as Json;
  const request = JSON.parse(log.request_body as string) as Json;
  const response = JSON.parse(log.response_body as string) as Json;
  const withoutKey = (record: Json, key: string): Json => Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
  const withLog = (changes: Json, removed = ''): Json => ({
    ...base,
    detail: { ...detail, event: JSON.stringify(withoutKey({ ...log, ...changes }, removed)) },
  });
  return [
    { name: 'time is not a date-time', event: { ...base, time: 'yesterday' } },
    { name: 'resources is not an array', event: { ...base, resources: 'none' } },
    { name: 'trace_id is missing', event: { ...base, detail: withoutKey(detail, 'trace_id') } },
    { name: 'detail.event is not JSON', event: { ...base, detail: { ...detail, event: '{"log_id":' } } },
    { name: 'api_key is missing', event: withLog({}, 'api_key') },
    { name: 'request_body.name is a number', event: withLog({ request_body: JSON.stringify({ ...request, name: 42 }) }) },
    { name: 'response_body.id is a number', event: withLog({ response_body: JSON.stringify({ ...response, id: 42 }) }) },
    { name: 'response_body.plan_histories is missing', event: withLog({ response_body: JSON.stringify(withoutKey(response, 'plan_histories')) }) },
    { name: 'response_body.attributes is a string', event: withLog({ response_body: JSON.stringify({ ...response, attributes: 'x' }) }) },
    { name: 'response_body is not JSON', event: withLog({ response_body: '{' }) },
  ];
}
