import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importSpecs } from '../../../scripts/import/specs.js';
import { buildModel } from '../../../scripts/lib/model.js';
import type { HistoryDigest } from '../../../scripts/import/history-format.js';
import type { OperationEntry } from '../../../src/catalogue/operation.js';
import { refShape } from '../../../src/catalogue/build-shape.js';
import type { Shape } from '../../../src/catalogue/shape.js';
import { requiredOf, visitShape } from '../../../src/catalogue/visit-shape.js';
import { IssueCollector } from '../../../src/core/issues.js';
import { closureValidators } from '../../../src/core/shape-closures.js';
import { formatPath } from '../../../src/errors.js';
import { catalogueOperations, shapeNamed, shapeNames } from '../../../src/catalogue/catalogue.js';
import { miniHistory } from '../../support/mini-history.js';
import { MINI_INDEX, withMiniSpecs } from '../../support/spec-folders.js';

const shapes: Record<string, Shape> = Object.fromEntries(shapeNames().map((name) => [name, shapeNamed(name)]));

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const specDir = resolve(root, '..', 'shared', 'saasus-openapi');
const hasSpecs = existsSync(specDir);
const noSpecs = hasSpecs ? '' : ' (skipped: ../shared/saasus-openapi not found)';
const fixturesDir = join(root, 'fixtures', 'operations');

function byKey(api: string, operationId: string): OperationEntry {
  const op = catalogueOperations().find((o) => o.api === api && o.operationId === operationId);
  if (op === undefined) throw new Error(`no operation ${api}.${operationId}`);
  return op;
}

function refsIn(shape: Shape, out: string[] = []): string[] {
  visitShape<void>(shape, {
    primitive: () => undefined,
    enum: () => undefined,
    ref: (name) => void out.push(name),
    array: (items) => void refsIn(items, out),
    nullable: (inner) => void refsIn(inner, out),
    anyOf: (options) => options.forEach((option) => refsIn(option, out)),
    object: (properties, _required, rest) => {
      for (const property of Object.values(properties)) refsIn(property, out);
      if (rest !== undefined) refsIn(rest, out);
    },
  });
  return out;
}

/** Every committed text made from the specs: the spec model and every generated file. */
function generatedTexts(): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of ['src/generated/catalogue.ts', 'src/generated/types.ts', 'test/generated/event-types.test-d.ts', 'docs/event-types.md', 'spec-model/specs.json']) {
    files.set(f, readFileSync(join(root, f), 'utf8'));
  }
  for (const f of readdirSync(join(root, 'spec-model', 'apis'))) files.set(`spec-model/apis/${f}`, readFileSync(join(root, 'spec-model', 'apis', f), 'utf8'));
  for (const api of readdirSync(fixturesDir)) {
    if (api.endsWith('.md')) continue;
    for (const f of readdirSync(join(fixturesDir, api))) {
      files.set(`fixtures/operations/${api}/${f}`, readFileSync(join(fixturesDir, api, f), 'utf8'));
    }
  }
  return files;
}

/** The catalogue model of the mini spec folder, through the import (scripts/import/specs.ts). */
function miniModel(history?: HistoryDigest, index: unknown = MINI_INDEX) {
  return withMiniSpecs((dir) => buildModel(importSpecs(dir), history), { index });
}

describe('generated catalogue', () => {
  it('lists all 216 SaaSus operations, 134 of them not GET, then 12 of earlier versions', () => {
    const today = catalogueOperations().slice(0, 216);
    expect(today).toHaveLength(216);
    expect(today.filter((o) => o.method !== 'GET')).toHaveLength(134);
    // Those of earlier versions, by the date of the first version without them.
    expect(catalogueOperations().slice(216).map((o) => `${o.api}.${o.operationId} ${o.method} ${o.pathTemplate}`)).toEqual([
      'apigateway.GetApiKey GET /v1/apigateway/tenants/{tenant_id}/api-key',
      'apigateway.CreateApiKey POST /v1/apigateway/tenants/{tenant_id}/api-key',
      ...['apigateway', 'apilog', 'auth', 'awsmarketplace', 'billing', 'communication', 'integration', 'pricing'].map(
        (api) => `${api}.ReturnInternalServerError GET /v1/${api}/errors/internal-server-error`,
      ),
      'apigateway.GetAllowedIps GET /v1/apigateway/tenants/{tenant_id}/allowed-ips',
      'apigateway.UpdateAllowedIps PATCH /v1/apigateway/tenants/{tenant_id}/allowed-ips',
    ]);
    expect(new Set(catalogueOperations().map((o) => o.api))).toEqual(
      new Set(['auth', 'pricing', 'apigateway', 'awsmarketplace', 'communication', 'analysis', 'integration', 'billing', 'apilog', 'stripe']),
    );
    expect(new Set(catalogueOperations().map((o) => `${o.api}.${o.operationId}`)).size).toBe(226);
  });

  it('sorts today\'s operations by api, path template and method (those of earlier versions follow)', () => {
    const keys = catalogueOperations().slice(0, 216).map((o) => [o.api, o.pathTemplate, o.method].join('\u0000'));
    expect(keys).toEqual([...keys].sort());
  });

  it('resolves every shape reference of catalogueOperations() and shapes', () => {
    const missing: string[] = [];
    for (const op of catalogueOperations()) {
      const names = [op.request, ...Object.values(op.responses)].filter((n): n is string => typeof n === 'string');
      for (const n of names) if (!(n in shapes)) missing.push(`${op.api}.${op.operationId} -> ${n}`);
    }
    for (const [name, shape] of Object.entries(shapes)) {
      for (const r of refsIn(shape)) if (!(r in shapes)) missing.push(`${name} -> ${r}`);
    }
    expect(missing).toEqual([]);
    expect(Object.keys(shapes).length).toBeGreaterThan(100);
  });

  it('keeps EventBridge one word in event_type, with the split spelling as alternative', () => {
    const ops = catalogueOperations().filter((o) => o.eventTypes.includes('create_eventbridge_test_event'));
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({
      api: 'integration',
      operationId: 'CreateEventBridgeTestEvent',
      method: 'POST',
      pathTemplate: '/v1/integration/eventbridge/test-event',
      eventTypes: ['create_eventbridge_test_event', 'create_event_bridge_test_event'],
      responses: { '201': null },
    });
  });

  it('gives update_tenant to two operations (auth and apigateway)', () => {
    const ops = catalogueOperations().filter((o) => o.eventTypes[0] === 'update_tenant');
    expect(ops.map((o) => `${o.api} ${o.method} ${o.pathTemplate}`)).toEqual([
      'apigateway PATCH /v1/apigateway/tenants/{tenant_id}',
      'auth PATCH /v1/auth/tenants/{tenant_id}',
    ]);
    // Different request bodies: the apigateway one is prefixed.
    expect(ops.map((o) => o.request)).toEqual(['ApiGatewayUpdateTenantParam', 'UpdateTenantParam']);
  });

  it('keeps the four path parameters of DeleteTenantUserRole', () => {
    const op = byKey('auth', 'DeleteTenantUserRole');
    expect(op.pathTemplate.match(/\{[^}]+\}/g)).toEqual(['{tenant_id}', '{user_id}', '{env_id}', '{role_name}']);
    expect(op.method).toBe('DELETE');
  });

  it('names the SaaSus Error schema ApiError and uses it for every error status', () => {
    expect(shapes).not.toHaveProperty('Error');
    expect(shapes['ApiError']).toMatchObject({ k: 'o', o: ['data'] });
    for (const op of catalogueOperations()) {
      for (const [status, body] of Object.entries(op.responses)) {
        if (!status.startsWith('2')) expect(body, `${op.api}.${op.operationId} ${status}`).toBe('ApiError');
      }
    }
  });

  it('records request bodies, their requiredness and hoisted shapes', () => {
    expect(byKey('auth', 'CreateTenant')).toEqual({
      api: 'auth',
      operationId: 'CreateTenant',
      method: 'POST',
      pathTemplate: '/v1/auth/tenants',
      eventTypes: ['create_tenant'],
      request: 'CreateTenantParam',
      responses: { '201': 'Tenant', '500': 'ApiError' },
    });
    expect(shapes['CreateTenantParam']).toEqual({ k: 'r', v: 'TenantProps' });
    // Seven request bodies are marked required in today's specs; CreateApiKey's only since it took one (2025-04-07).
    expect(byKey('apigateway', 'CreateApiKey')).toMatchObject({ request: 'CreateApiKeyParam', since: { request: '2025-04-07' } });
    expect(byKey('apigateway', 'CreateApiKey')).not.toHaveProperty('requestRequired');
    expect(catalogueOperations().slice(0, 216).filter((o) => o.requestRequired === true)).toHaveLength(6);
    expect(catalogueOperations().slice(0, 216).filter((o) => o.request !== undefined)).toHaveLength(91);
    expect(byKey('auth', 'DeleteTenant')).not.toHaveProperty('request');
  });

  it('makes optional what the history did not always require: SaasUser directly, CreatedSaasUser through CreateSaasUser', () => {
    for (const name of ['SaasUser', 'CreatedSaasUser']) {
      const shape = shapes[name];
      expect(shape?.k).toBe('o');
      if (shape?.k === 'o') {
        expect(requiredOf(shape)).toEqual(['id', 'email']);
        expect(shape.s).toEqual({ sign_in_id: '2026-02-16', attributes: '2024-10-29' });
        expect(Object.keys(shape.v)).toEqual(expect.arrayContaining(['sign_in_id', 'attributes']));
      }
    }
    const types = readFileSync(join(root, 'src/generated/types.ts'), 'utf8');
    expect(types).toMatch(/\n {2}\/\*\* @remarks Sent since 2026-02-16: calls made earlier may lack it\. \*\/\n {2}sign_in_id\?: string \| null;/);
  });

  it('writes catalogue.ts as data only (no imports, no code) and marks every generated file', () => {
    const catalogue = readFileSync(join(root, 'src/generated/catalogue.ts'), 'utf8');
    expect(catalogue).not.toMatch(/^import /m);
    expect(catalogue).not.toMatch(/\bfunction\b|=>/);
    expect(catalogue.match(/^export const \w+/gm)).toEqual([
      'export const shapeTexts',
      'export const operationTexts',
      'export const currentOperationCount',
      'export const eventTypeNames',
    ]);
    for (const f of ['src/generated/catalogue.ts', 'src/generated/types.ts', 'test/generated/event-types.test-d.ts']) {
      expect(readFileSync(join(root, f), 'utf8')).toMatch(/^\/\/ Generated by scripts\/generate\.ts/);
    }
  });

  it('writes a type test for every event_type name and every operation key', () => {
    const tests = readFileSync(join(root, 'test/generated/event-types.test-d.ts'), 'utf8');
    for (const op of catalogueOperations()) {
      const key = `${op.api}.${op.operationId}`;
      expect(tests).toContain(`Expect<EventChecks<SaasusOperationEvent<'${key}'>, '${key}'>>`);
      for (const name of op.eventTypes) {
        expect(tests).toMatch(new RegExp(`Expect<EventChecks<SaasusEventOf<'${name}'>, [^>]*'${key}'`));
        expect(tests).toMatch(new RegExp(`\\n {6}${name}: \\(event\\) => void \\(true satisfies EventChecks<typeof event, [^>]*'${key}'`));
      }
    }
  });

  it('types every operation in SaasusOperations', () => {
    const types = readFileSync(join(root, 'src/generated/types.ts'), 'utf8');
    for (const op of catalogueOperations()) expect(types).toContain(`  '${op.api}.${op.operationId}': {\n`);
    for (const name of Object.keys(shapes)) expect(types).toMatch(new RegExp(`export (interface|type) ${name}\\b`));
  });
});

describe('generated fixtures', () => {
  it('has one string-form sample event per operation whose bodies conform to the shapes', () => {
    const problems: string[] = [];
    for (const op of catalogueOperations().slice(0, 216)) {
      const file = join(fixturesDir, op.api, `${op.operationId}.json`);
      const event = JSON.parse(readFileSync(file, 'utf8')) as {
        'detail-type': string;
        source: string;
        detail: { event_type: string; event: string; trace_id: string };
      };
      expect(event['detail-type']).toBe('api_call');
      expect(event.source.startsWith('aws.partner/saasus.io/')).toBe(true);
      expect(event.detail.event_type).toBe(op.eventTypes[0]);
      expect(typeof event.detail.event).toBe('string');
      const record = JSON.parse(event.detail.event) as Record<string, string>;
      expect(record['request_method']).toBe(op.method);
      const pattern = new RegExp(`^${op.pathTemplate.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      expect(record['uri']).toMatch(pattern);
      const status = record['http_status'] as string;
      expect(Object.keys(op.responses)).toContain(status);
      const check = (body: string | undefined, name: string | null | undefined, what: string): void => {
        if (name === undefined || name === null) {
          if (body !== '') problems.push(`${file}: ${what} should be ""`);
          return;
        }
        const issues = new IssueCollector(true);
        closureValidators(shapeNamed).of(refShape(name))(JSON.parse(body ?? ''), issues);
        for (const issue of issues.issues) problems.push(`${file}: ${what} ${formatPath(issue.path)}: ${issue.message}`);
      };
      check(record['request_body'], op.request, 'request_body');
      check(record['response_body'], op.responses[status], 'response_body');
    }
    expect(problems).toEqual([]);
    const count = readdirSync(fixturesDir)
      .filter((d) => !d.endsWith('.md'))
      .reduce((n, d) => n + readdirSync(join(fixturesDir, d)).length, 0);
    expect(count).toBe(216);
  });
});

describe('generator', () => {
  it.skipIf(!hasSpecs)(`copies no spec description into generated files${noSpecs}`, () => {
    const descriptions: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (typeof node === 'object' && node !== null) {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'description' && typeof v === 'string') descriptions.push(v.trim());
          else walk(v);
        }
      }
    };
    walk(parse(readFileSync(join(specDir, 'auth.yml'), 'utf8')));
    const longest = [...descriptions].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? '';
    expect(longest.length).toBeGreaterThan(80);
    // The first line of every long description, and the longest one in full.
    const needles = [longest, ...descriptions.filter((d) => d.length >= 40).map((d) => d.split('\n')[0] as string)];
    const found: string[] = [];
    for (const [file, text] of generatedTexts()) {
      for (const n of needles) if (n.length >= 40 && text.includes(n)) found.push(`${file}: ${n.slice(0, 60)}`);
    }
    expect(found).toEqual([]);
  });
});

describe('generator rules (on a small spec folder)', () => {
  it('flattens allOf, keeps aliases, hoists inline bodies, renames and deduplicates', () => {
    const model = miniModel();
    const shapes = Object.fromEntries(model.shapes.map((s) => [s.name, s.shape]));
    // Base is only an allOf member: flattened into Thing, not a shape of its own.
    expect(Object.keys(shapes)).toEqual([
      'ApiError', 'CreateThingParam', 'FeedbackComment', 'StripeThing', 'Thing', 'UpdateEventBridgeCommentRequest', 'Uuid',
    ]);
    expect(shapes['Thing']).toEqual({
      k: 'o',
      v: { id: { k: 'r', v: 'Uuid' }, kind: { k: 'e', v: ['a', 'b'] }, name: { k: 's' }, size: { k: 'i' } },
      o: ['size'],
    });
    expect(shapes['CreateThingParam']).toEqual({ k: 'r', v: 'Thing' });
    expect(shapes['StripeThing']).toEqual({ k: 'o', v: { id: { k: 's' } }, o: ['id'] });
    // stripe's Error only lacks auth's optional `data`: one shared ApiError.
    expect(shapes['ApiError']).toEqual({
      k: 'o',
      v: { type: { k: 's' }, message: { k: 's' }, data: { k: 'o', v: {}, x: { k: 'u' } } },
      o: ['data'],
    });
    expect(shapes['UpdateEventBridgeCommentRequest']).toEqual({
      k: 'o',
      v: { text: { k: '?', v: { k: 's' } } },
    });
    expect(shapes['FeedbackComment']).toEqual({ k: 'o', v: { tags: { k: 'a', v: { k: '|', v: [{ k: 's' }, { k: 'i' }] } } }, o: ['tags'] });
    const [create, update, get] = model.operations;
    expect(create).toMatchObject({ request: 'CreateThingParam', requestRequired: true, responses: [['201', 'Thing'], ['500', 'ApiError']] });
    expect(update).toMatchObject({
      eventTypes: ['update_eventbridge_comment', 'update_event_bridge_comment'],
      request: 'UpdateEventBridgeCommentRequest',
      requestRequired: false,
      pathParams: [
        { name: 'thing_id', sample: '69e732d6-8ecc-45c4-c2eb-8438f7ffe775' },
        { name: 'comment_name', sample: 'a b/c' },
      ],
    });
    expect(get).toMatchObject({ api: 'stripe', responses: [['200', 'StripeThing'], ['500', 'ApiError']] });
  });

  it('applies the history: required later, body schema changed, body added later, removed and moved operations', () => {
    const model = miniModel(miniHistory());
    const thing = model.shapesByName.get('Thing');
    // kind: required since 2025-01-01 in Thing; name: CreateThing answered an OldThing without it until 2024-09-01.
    expect(thing?.shape.k === 'o' && requiredOf(thing.shape)).toEqual(['id']);
    expect(thing?.shape).toMatchObject({ s: { kind: '2025-01-01', name: '2024-09-01' }, g: { colour: '2024-06-01' } });
    expect(thing?.ir.k === 'object' && [...thing.ir.gone.keys()]).toEqual(['colour']);
    const ops = model.operations.map((o) => [o.api, o.operationId, o.method, o.pathTemplate, o.until, Object.fromEntries(o.since), o.requestRequired]);
    expect(ops).toEqual([
      ['auth', 'CreateThing', 'POST', '/v1/auth/things', undefined, { request: '2024-05-01' }, false],
      ['auth', 'UpdateEventBridgeComment', 'PATCH', '/v1/auth/things/{thing_id}/comments/{comment_name}', undefined, {}, false],
      ['stripe', 'GetThing', 'GET', '/v1/stripe/things', undefined, { '200': '2025-02-01' }, false],
      ['auth', 'GetThing', 'GET', '/v1/auth/thing/{thing_id}', '2024-02-01', {}, false],
      ['auth', 'GetThing', 'GET', '/v1/auth/things/{thing_id}', '2024-06-01', {}, false],
      ['auth', 'DeleteThing', 'DELETE', '/v1/auth/things/{thing_id}', '2025-03-01', {}, false],
    ]);
    expect(model.operations.find((o) => o.operationId === 'DeleteThing')).toMatchObject({ eventTypes: ['delete_thing'], responses: [['200', null], ['500', 'ApiError']] });
    expect(model.relaxations.map((r) => `${r.api}.${r.schema}.${r.property} ${r.since} ${r.via}`)).toEqual([
      'auth.Thing.kind 2025-01-01 schema',
      'auth.Thing.name 2024-09-01 CreateThing 201',
    ]);
  });

  it('without a history, keeps the specs as they are', () => {
    const model = miniModel();
    const thing = model.shapesByName.get('Thing')?.shape;
    expect(thing?.k === 'o' && requiredOf(thing)).toEqual(['id', 'kind', 'name']);
    expect(model.operations.every((o) => o.until === undefined && o.since.size === 0)).toBe(true);
  });

  it('fails when the history lacks a property today\'s spec requires', () => {
    const history = miniHistory();
    delete history.apis['auth']!.schemas['Thing']!.properties['name'];
    expect(() => miniModel(history)).toThrow(/history\.json: auth\.Thing has no property name/);
  });

  it('fails loudly when operations.json disagrees with the derived event_type', () => {
    const index = MINI_INDEX.map((e) =>
      e.operationId === 'UpdateEventBridgeComment' ? { ...e, event_type: 'update_event_bridge_comment' } : e,
    );
    expect(() => miniModel(undefined, index)).toThrow(/derived event_type update_eventbridge_comment/);
  });
});
