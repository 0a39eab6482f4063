/**
 * The spec model's format (scripts/lib/spec-model.ts): nodes carry the IR unchanged both ways,
 * and reading a model folder refuses what the format does not allow, naming the file and place.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiConverter } from '../../scripts/import/convert.js';
import { loadSpec } from '../../scripts/import/openapi.js';
import { hasProse, irOf, nodeOf, readSpecModel, specModelFiles } from '../../scripts/lib/spec-model.js';
import { COMMITTED_MODEL as committed, copyCommittedModel, withMiniSpecs, withTempDir } from '../support/spec-folders.js';

/** A copy of the committed model, changed by `edit`. */
function withModelCopy<T>(edit: (dir: string) => void, run: (dir: string) => T): T {
  return withTempDir((dir) => {
    copyCommittedModel(dir);
    edit(dir);
    return run(dir);
  });
}

function editJson(dir: string, path: string, change: (data: Record<string, any>) => void): void {
  const file = join(dir, path);
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  change(data);
  writeFileSync(file, JSON.stringify(data));
}

describe('spec model nodes', () => {
  it('carry the IR of every component of the mini specs unchanged (node -> IR -> node, IR -> node -> IR)', () => {
    withMiniSpecs((dir) => {
      const spec = loadSpec(join(dir, 'auth.yml'));
      const conv = new ApiConverter(spec);
      for (const name of conv.componentNames()) {
        const ir = conv.component(name);
        const node = nodeOf(ir, 'auth', name);
        expect(irOf(node, 'auth'), name).toEqual(ir);
        expect(nodeOf(irOf(node, 'auth'), 'auth', name), name).toEqual(node);
      }
    });
  });

  it('carry every schema of the committed model unchanged through the IR', () => {
    const model = readSpecModel(committed);
    let count = 0;
    for (const api of model.apis) {
      for (const [name, node] of Object.entries(api.schemas)) {
        expect(nodeOf(irOf(node, api.api), api.api, name), `${api.api}.${name}`).toEqual(node);
        count++;
      }
    }
    expect(count).toBeGreaterThan(300);
  });

  it('name references within their API: the reader qualifies them with the API of the file', () => {
    expect(nodeOf({ k: 'ref', to: 'auth:Uuid', ex: undefined }, 'auth', 'x')).toEqual({ ref: 'Uuid' });
    expect(irOf({ ref: 'Uuid' }, 'stripe')).toEqual({ k: 'ref', to: 'stripe:Uuid', ex: undefined });
    expect(() => nodeOf({ k: 'ref', to: 'stripe:Uuid', ex: undefined }, 'auth', 'x')).toThrow(/leaves the API auth/);
  });

  it('are written once: a nullable schema keeps its example on the node, not on an inner one', () => {
    const ir = irOf({ type: 'integer', nullable: true, example: 5 }, 'auth');
    expect(ir).toEqual({ k: 'nullable', inner: { k: 'prim', t: 'integer', ex: undefined }, ex: { value: 5 } });
    expect(nodeOf(ir, 'auth', 'x')).toEqual({ type: 'integer', nullable: true, example: 5 });
  });
});

describe('readSpecModel', () => {
  it('reads the committed model, whose files are in canonical form', () => {
    const model = readSpecModel(committed);
    expect(model.apis.map((a) => a.api)).toEqual([
      'analysis', 'apigateway', 'apilog', 'auth', 'awsmarketplace', 'billing', 'communication', 'integration', 'pricing', 'stripe',
    ]);
    expect(model.apis.reduce((n, a) => n + a.operations.length, 0)).toBe(216);
    for (const [path, text] of specModelFiles(model)) expect(readFileSync(join(committed, path), 'utf8'), path).toBe(text);
  });

  it('says how to make a missing model', () => {
    withTempDir((dir) => expect(() => readSpecModel(dir)).toThrow(/specs\.json is missing; run `npm run import:specs`/));
  });

  it('refuses an API file that specs.json does not list, or a listed one that is missing', () => {
    withModelCopy(
      (dir) => writeFileSync(join(dir, 'apis', 'extra.json'), '{}'),
      (dir) => expect(() => readSpecModel(dir)).toThrow(/apis\/extra\.json is not listed/),
    );
    withModelCopy(
      (dir) => rmSync(join(dir, 'apis', 'billing.json')),
      (dir) => expect(() => readSpecModel(dir)).toThrow(/apis\/billing\.json is missing/),
    );
  });

  it('refuses a file not in the format, naming the file and the place', () => {
    withModelCopy(
      (dir) => editJson(dir, 'apis/billing.json', (d) => (d['operations'][0]['method'] = 'get')),
      (dir) => expect(() => readSpecModel(dir)).toThrow(/apis\/billing\.json is not in the spec model format:\n {2}operations\.0\.method/),
    );
    withModelCopy(
      (dir) => editJson(dir, 'apis/billing.json', (d) => (d['schemas']['Extra'] = { type: 'string', description: 'a text' })),
      (dir) => expect(() => readSpecModel(dir)).toThrow(/apis\/billing\.json is not in the spec model format:\n {2}schemas\.Extra/),
    );
  });

  it('refuses a reference to a missing schema, an example that reads like prose, unsorted schemas', () => {
    withModelCopy(
      (dir) =>
        editJson(dir, 'apis/auth.json', (d) => {
          d['schemas']['Uuid']['example'] = 'an example that reads like prose';
          d['schemas']['Tenant']['properties']['plan_id'] = { ref: 'NoSuchSchema' };
          d['schemas'] = { Zz: { type: 'string' }, ...d['schemas'] };
        }),
      (dir) => {
        let message = '';
        try {
          readSpecModel(dir);
        } catch (e) {
          message = (e as Error).message;
        }
        expect(message).toContain('apis/auth.json: schemas: not sorted by name');
        expect(message).toContain('apis/auth.json: schemas.Tenant.plan_id: reference to a missing schema NoSuchSchema');
        expect(message).toContain('apis/auth.json: schemas.Uuid: an example reads like prose or is not JSON');
      },
    );
  });
});

describe('hasProse', () => {
  it('finds a string of four words or more anywhere in a value', () => {
    expect(hasProse('tanaka@example.com')).toBe(false);
    expect(hasProse('Anti-Pattern Inc.')).toBe(false);
    expect(hasProse('one two three')).toBe(false);
    expect(hasProse('one two three four')).toBe(true);
    expect(hasProse({ a: [1, { b: 'this is a sentence' }] })).toBe(true);
    expect(hasProse({ a: [1, { b: 'short' }] })).toBe(false);
  });
});
