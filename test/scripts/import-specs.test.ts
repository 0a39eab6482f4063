/**
 * The import step (scripts/import/specs.ts, import-specs.ts): a spec folder reduced to the
 * fact-only spec model, on the mini spec folder of test/support/spec-folders.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_DIR, DEFAULT_SPEC_DIR, writeSpecModel } from '../../scripts/import/import-specs.js';
import { importSpecs } from '../../scripts/import/specs.js';
import { type SpecModelApi, readSpecModel, specModelFiles } from '../../scripts/lib/spec-model.js';
import { MINI_AUTH, MINI_INDEX, MINI_SOURCES, MINI_STRIPE, PROSE, withMiniSpecs, withTempDir } from '../support/spec-folders.js';

const hasSpecs = existsSync(DEFAULT_SPEC_DIR);

function api(name: string, apis: readonly SpecModelApi[]): SpecModelApi {
  const found = apis.find((a) => a.api === name);
  if (found === undefined) throw new Error(`no API ${name}`);
  return found;
}

describe('import:specs', () => {
  it('keeps no description, title, summary or other prose of the specs and of SOURCES.md', () => {
    const planted = [MINI_AUTH, MINI_STRIPE, MINI_SOURCES, JSON.stringify(MINI_INDEX)].join('\n').split(PROSE).length - 1;
    // Descriptions, titles and summaries at every level, i18n extensions, $ref siblings, enum
    // descriptions, a prose example, media-type examples, the notes of SOURCES.md.
    expect(planted).toBeGreaterThanOrEqual(30);
    const files = withMiniSpecs((dir) => specModelFiles(importSpecs(dir)));
    expect([...files.keys()]).toEqual(['specs.json', 'apis/auth.json', 'apis/stripe.json']);
    for (const [path, text] of files) expect(text, path).not.toContain(PROSE);
  });

  it('keeps the facts: types, required lists, enums, nullable, examples, includes, operations', () => {
    const { apis } = withMiniSpecs((dir) => importSpecs(dir));
    const auth = api('auth', apis);
    expect(auth.basePath).toBe('/v1/auth');
    expect(Object.keys(auth.schemas)).toEqual(['Base', 'Comment', 'CreateThingParam', 'Error', 'Thing', 'Uuid']);
    expect(auth.schemas['Uuid']).toEqual({ type: 'string', example: '69e732d6-8ecc-45c4-c2eb-8438f7ffe775' });
    expect(auth.schemas['Thing']).toEqual({
      type: 'object',
      properties: {
        id: { ref: 'Uuid' },
        kind: { enum: ['a', 'b'] },
        name: { type: 'string', example: 'Widget' },
        size: { type: 'integer' },
      },
      required: ['id', 'kind', 'name'],
      includes: ['Base'],
    });
    expect(auth.schemas['Error']).toMatchObject({
      properties: { type: { type: 'string', example: 'permission_denied' }, data: { type: 'object', properties: {}, additionalProperties: { type: 'unknown' } } },
    });
    expect(auth.schemas['Comment']).toEqual({
      type: 'object',
      properties: { tags: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'integer' }] } } },
    });
    expect(auth.operations.map((o) => o.operationId)).toEqual(['CreateThing', 'UpdateEventBridgeComment']);
    expect(auth.operations[0]).toEqual({
      operationId: 'CreateThing',
      method: 'POST',
      path: '/things',
      uriTemplate: '/v1/auth/things',
      eventTypes: ['create_thing'],
      pathParams: [],
      request: { schema: { ref: 'CreateThingParam' }, required: true },
      responses: [
        { status: '201', schema: { ref: 'Thing' } },
        { status: '500', schema: { ref: 'Error' } },
      ],
    });
    expect(auth.operations[1]).toMatchObject({
      eventTypes: ['update_eventbridge_comment', 'update_event_bridge_comment'],
      pathParams: [
        { name: 'thing_id', example: '69e732d6-8ecc-45c4-c2eb-8438f7ffe775' },
        { name: 'comment_name', example: 'a b/c' },
      ],
      // The inline body stays inline (the generator names it); its prose example is dropped.
      request: {
        schema: { type: 'object', properties: { text: { type: 'string', nullable: true } }, required: ['text'] },
        required: false,
      },
      responses: [{ status: '200', schema: { ref: 'Comment' } }],
    });
    expect(api('stripe', apis).schemas['Thing']).toEqual({ type: 'object', properties: { id: { type: 'string' } } });
  });

  it('records where the specs came from: repository, commit, dates, blobs and each file\'s SHA-256', () => {
    const { sources } = withMiniSpecs((dir) => importSpecs(dir));
    const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
    expect(sources).toEqual({
      format: 1,
      source: { repository: 'example/specs', commit: '0123456789abcdef0123456789abcdef01234567', date: '2026-01-02' },
      apis: {
        auth: {
          file: 'auth.yml',
          sourcePath: 'api/authapi.yml',
          blob: '36cac34a',
          lastChange: { commit: '1111111111111111111111111111111111111111', date: '2025-12-01' },
          sha256: sha256(MINI_AUTH),
        },
        stripe: {
          file: 'stripe.yml',
          sourcePath: 'static/stripeapi.yml',
          blob: 'ac710ec2',
          lastChange: { commit: '2222222222222222222222222222222222222222', date: '2024-07-09' },
          sha256: sha256(MINI_STRIPE),
        },
      },
      operationsIndex: { file: 'operations.json', sha256: sha256(JSON.stringify(MINI_INDEX)) },
    });
  });

  it('fails clearly without SOURCES.md, without a row for a spec file, or on an example that is not JSON', () => {
    expect(() => withMiniSpecs((dir) => importSpecs(dir), { sources: undefined })).toThrow(/SOURCES\.md not found/);
    const noStripe = MINI_SOURCES.split('\n').filter((l) => !l.startsWith('| stripe.yml')).join('\n');
    expect(() => withMiniSpecs((dir) => importSpecs(dir), { sources: noStripe })).toThrow(/no row for stripe\.yml/);
    const nan = MINI_AUTH.replace('example: Widget', 'example: .nan');
    expect(() => withMiniSpecs((dir) => importSpecs(dir), { auth: nan })).toThrow(/Thing\.name: the example is not a JSON value/);
  });

  it('writes the same text on every import, which reads back to the same model', () => {
    withMiniSpecs((specDir) =>
      withTempDir((modelDir) => {
        expect(writeSpecModel(specDir, modelDir)).toEqual({ written: 3, removed: 0, total: 3 });
        expect(writeSpecModel(specDir, modelDir)).toEqual({ written: 0, removed: 0, total: 3 });
        const written = specModelFiles(importSpecs(specDir));
        for (const [path, text] of written) expect(readFileSync(join(modelDir, path), 'utf8')).toBe(text);
        expect(specModelFiles(readSpecModel(modelDir))).toEqual(written);
      }),
    );
  });

  it('removes the file of an API the specs no longer have', () => {
    withMiniSpecs((specDir) =>
      withTempDir((modelDir) => {
        writeSpecModel(specDir, modelDir);
        writeFileSync(join(modelDir, 'apis', 'gone.json'), '{}\n');
        expect(writeSpecModel(specDir, modelDir)).toEqual({ written: 0, removed: 1, total: 3 });
        expect(existsSync(join(modelDir, 'apis', 'gone.json'))).toBe(false);
      }),
    );
  });

  it.skipIf(!hasSpecs)(`gives the committed spec-model/ from ../shared/saasus-openapi${hasSpecs ? '' : ' (skipped: not found)'}`, () => {
    const files = specModelFiles(importSpecs(DEFAULT_SPEC_DIR));
    expect(files.size).toBe(11);
    for (const [path, text] of files) expect(readFileSync(join(DEFAULT_MODEL_DIR, path), 'utf8'), path).toBe(text);
  });
});
