/**
 * Folders for the tests of the generator: temporary ones, copies of the committed spec model, and
 * a tiny two-API spec folder (auth and stripe) exercising the import and generation rules without
 * the real SaaSus specs: allOf, aliases, inline bodies, renames, deduplication, nullable, enums,
 * examples, event_type spellings. Every piece of prose an OpenAPI document can hold carries the
 * marker {@link PROSE} (a word no fact contains), so that a test can prove none reaches the model.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The committed spec model. */
export const COMMITTED_MODEL = join(ROOT, 'spec-model');

/** Runs `run` on a new temporary folder, then removes it. */
export function withTempDir<T>(run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'saasus-generator-'));
  try {
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Copies the committed spec model (without history.json) into `dir`. */
export function copyCommittedModel(dir: string): void {
  cpSync(join(COMMITTED_MODEL, 'specs.json'), join(dir, 'specs.json'));
  cpSync(join(COMMITTED_MODEL, 'apis'), join(dir, 'apis'), { recursive: true });
  cpSync(join(COMMITTED_MODEL, 'history.json'), join(dir, 'history.json'));
}

/** The marker in every planted description, title, summary and prose example. */
export const PROSE = 'Zqxprose';

export const MINI_AUTH = `
openapi: 3.0.0
info:
  title: ${PROSE} info title
  description: ${PROSE} info description, several words long
  version: 1.0.0
  x-description-i18n: { jpn: ${PROSE} 日本語の説明 }
servers: [{ url: 'https://api.example.com/v1/auth', description: ${PROSE} server description }]
tags: [{ name: things, description: ${PROSE} tag description }]
externalDocs: { description: ${PROSE} external docs, url: 'https://example.com' }
paths:
  /things:
    summary: ${PROSE} path summary
    description: ${PROSE} path description
    post:
      operationId: CreateThing
      summary: ${PROSE} operation summary
      description: ${PROSE} operation description
      x-summary-i18n: { jpn: ${PROSE} 要約 }
      tags: [things]
      requestBody:
        description: ${PROSE} request body description
        required: true
        content: { application/json: { schema: { $ref: '#/components/schemas/CreateThingParam' }, example: { name: ${PROSE} media example } } }
      responses:
        '201':
          description: ${PROSE} response description
          content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } }
        '500': { description: ${PROSE} error, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } }
  /things/{thing_id}/comments/{comment_name}:
    patch:
      operationId: UpdateEventBridgeComment
      parameters:
        - { in: path, name: thing_id, required: true, description: ${PROSE} parameter, schema: { $ref: '#/components/schemas/Uuid' } }
        - { in: path, name: comment_name, required: true, schema: { type: string, example: 'a b/c', description: ${PROSE} parameter schema } }
      requestBody:
        content:
          application/json:
            schema:
              type: object
              description: ${PROSE} inline body
              properties: { text: { type: string, nullable: true, description: ${PROSE} property, example: ${PROSE} this example reads like prose } }
              required: [text]
      responses:
        '200': { description: ${PROSE} ok, content: { application/json: { schema: { $ref: '#/components/schemas/Comment' } } } }
components:
  schemas:
    Uuid: { type: string, format: uuid, description: ${PROSE} uuid, example: 69e732d6-8ecc-45c4-c2eb-8438f7ffe775 }
    Error:
      type: object
      title: ${PROSE} error title
      properties: { type: { type: string, example: permission_denied }, message: { type: string }, data: { type: object, additionalProperties: true } }
      required: [type, message]
    Base:
      type: object
      description: ${PROSE} base
      properties:
        id: { $ref: '#/components/schemas/Uuid', description: ${PROSE} ref sibling, title: ${PROSE} ref title }
        kind: { type: string, enum: [a, b], x-enum-descriptions: [${PROSE} a, ${PROSE} b] }
      required: [id, kind]
    Thing:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          properties: { name: { type: string, example: Widget }, size: { type: integer, format: int64, minimum: 0 } }
          required: [name]
    CreateThingParam: { $ref: '#/components/schemas/Thing' }
    Comment:
      type: object
      x-title-i18n: { jpn: ${PROSE} コメント }
      properties: { tags: { type: array, items: { oneOf: [{ type: string }, { type: integer }] } } }
`;

export const MINI_STRIPE = `
openapi: 3.0.0
servers: [{ url: 'https://api.example.com/v1/stripe' }]
paths:
  /things:
    get:
      operationId: GetThing
      responses:
        '200': { content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } }
        '500': { content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } }
components:
  schemas:
    Error: { type: object, properties: { type: { type: string }, message: { type: string } }, required: [type, message] }
    Thing: { type: object, properties: { id: { type: string } } }
`;

export const MINI_SOURCES = `# Where these came from

${PROSE} a paragraph of notes that must stay out of the model.

Repository: \`example/specs\`
Snapshot commit: \`0123456789abcdef0123456789abcdef01234567\` (${PROSE} snapshot, 2026-01-02)

| file | API (servers[0].url) | operations | source path | blob | last commit touching the source path |
| --- | --- | --- | --- | --- | --- |
| auth.yml | https://api.example.com/v1/auth | 2 | api/authapi.yml | 36cac34a | 1111111111111111111111111111111111111111 (2025-12-01) |
| stripe.yml | https://api.example.com/v1/stripe (${PROSE}) | 1 | static/stripeapi.yml | ac710ec2 | 2222222222222222222222222222222222222222 (2024-07-09) |

${PROSE} more notes.
`;

export interface MiniIndexEntry {
  readonly api: string;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly uriTemplate: string;
  readonly event_type: string;
  readonly eventTypeAlternatives: readonly string[];
  readonly summary?: string;
}

export const MINI_INDEX: readonly MiniIndexEntry[] = [
  {
    api: 'auth',
    operationId: 'CreateThing',
    method: 'POST',
    path: '/things',
    uriTemplate: '/v1/auth/things',
    event_type: 'create_thing',
    eventTypeAlternatives: [],
    summary: `${PROSE} index summary`,
  },
  {
    api: 'auth',
    operationId: 'UpdateEventBridgeComment',
    method: 'PATCH',
    path: '/things/{thing_id}/comments/{comment_name}',
    uriTemplate: '/v1/auth/things/{thing_id}/comments/{comment_name}',
    event_type: 'update_eventbridge_comment',
    eventTypeAlternatives: ['update_event_bridge_comment'],
  },
  { api: 'stripe', operationId: 'GetThing', method: 'GET', path: '/things', uriTemplate: '/v1/stripe/things', event_type: 'get_thing', eventTypeAlternatives: [] },
];

export interface MiniSpecFiles {
  readonly index?: unknown;
  readonly auth?: string;
  readonly sources?: string | undefined;
}

/** Writes the mini spec folder (with any file replaced) to a temporary folder, runs `run` on it, removes it. */
export function withMiniSpecs<T>(run: (dir: string) => T, files: MiniSpecFiles = {}): T {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'auth.yml'), files.auth ?? MINI_AUTH);
    writeFileSync(join(dir, 'stripe.yml'), MINI_STRIPE);
    writeFileSync(join(dir, 'operations.json'), JSON.stringify(files.index ?? MINI_INDEX));
    if (!('sources' in files) || files.sources !== undefined) writeFileSync(join(dir, 'SOURCES.md'), files.sources ?? MINI_SOURCES);
    return run(dir);
  });
}
