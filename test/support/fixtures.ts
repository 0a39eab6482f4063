import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export interface Fixture {
  readonly name: string;
  readonly event: Record<string, unknown>;
}

/** Every `*.json` fixture below `fixtures/<sub>`, with its path relative to `fixtures/`. */
export function loadFixtures(sub = ''): Fixture[] {
  const root = join(fixturesDir, sub);
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.json')).sort();
  return files.map((file) => ({
    name: relative(fixturesDir, join(root, file)),
    event: JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>,
  }));
}

export function loadFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(fixturesDir, name), 'utf8')) as Record<string, unknown>;
}

type Json = Record<string, unknown>;

function logOf(event: Json): Json {
  const detail = event.detail as Json;
  return (typeof detail.event === 'string' ? JSON.parse(detail.event) : detail.event) as Json;
}

function decodeBody(body: unknown): unknown {
  return typeof body === 'string' && body !== '' ? JSON.parse(body) : body;
}

function encodeBody(body: unknown): unknown {
  return typeof body === 'string' ? body : JSON.stringify(body);
}

function withLog(event: Json, log: unknown): Json {
  return { ...event, detail: { ...(event.detail as Json), event: log } };
}

/** The 2023 form: `detail.event` and its bodies as JSON values. */
export function toObjectForm(event: Json): Json {
  const log = logOf(event);
  return withLog(event, { ...log, request_body: decodeBody(log.request_body), response_body: decodeBody(log.response_body) });
}

/** The 2026 form: `detail.event` a JSON string whose bodies are JSON strings again. */
export function toStringForm(event: Json): Json {
  const log = logOf(event);
  return withLog(event, JSON.stringify({ ...log, request_body: encodeBody(log.request_body), response_body: encodeBody(log.response_body) }));
}

/** Mixtures: an object `detail.event` with string bodies, and a string `detail.event` with object bodies. */
export function toMixedForms(event: Json): Json[] {
  const log = logOf(event);
  return [
    withLog(event, { ...log, request_body: encodeBody(log.request_body), response_body: encodeBody(log.response_body) }),
    withLog(event, JSON.stringify({ ...log, request_body: decodeBody(log.request_body), response_body: decodeBody(log.response_body) })),
    withLog(event, { ...log, request_body: decodeBody(log.request_body), response_body: encodeBody(log.response_body) }),
  ];
}

/** Replaces fields of the log record (`detail.event`), in whichever form the event has it. */
export function withLogFields(event: Json, fields: Json): Json {
  const detail = event.detail as Json;
  const log = { ...logOf(event), ...fields };
  return withLog(event, typeof detail.event === 'string' ? JSON.stringify(log) : log);
}
