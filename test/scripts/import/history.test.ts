/**
 * The committed digest of the SaaSus specs' history (spec-model/history.json): valid in every
 * clone, pinned to the facts known from the record (issue 16), and, where
 * ../shared/saasus-openapi/history is present, identical to what the history gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ApiHistory,
  type HistoryDigest,
  HistoryDigestSchema,
  type PropertyHistory,
  expand,
  isAbsent,
  printDigest,
} from '../../../scripts/import/history-format.js';
import { DEFAULT_HISTORY_DIR, DIGEST_FILE, digestFileProblems } from '../../../scripts/import/import-history.js';
import { computeHistory } from '../../../scripts/import/history.js';

const text = readFileSync(DIGEST_FILE, 'utf8');
const digest: HistoryDigest = HistoryDigestSchema.parse(JSON.parse(text));
const hasHistory = existsSync(DEFAULT_HISTORY_DIR);

function api(name: string): ApiHistory {
  const a = digest.apis[name];
  if (a === undefined) throw new Error(`no API ${name}`);
  return a;
}

function property(apiName: string, schema: string, name: string): PropertyHistory {
  const p = api(apiName).schemas[schema]?.properties[name];
  if (p === undefined) throw new Error(`no property ${apiName} ${schema}.${name}`);
  return p;
}

describe('spec-model/history.json', { timeout: 60_000 }, () => {
  it('is a valid, canonical digest whose summaries follow from its timelines', () => {
    expect(digestFileProblems(text)).toEqual([]);
  });

  it('covers the ten APIs from both sources, events beginning in January 2023', () => {
    expect(Object.keys(digest.apis)).toEqual([
      'analysis', 'apigateway', 'apilog', 'auth', 'awsmarketplace', 'billing', 'communication', 'integration', 'pricing', 'stripe',
    ]);
    expect(digest.eventsBegan).toBe('2023-01-01');
    expect(digest.sources['sdk-models']).toMatchObject({ from: '2022-12-22', to: '2023-11-24', holds: 'schemas' });
    expect(digest.sources['docs-specs']).toMatchObject({ from: '2024-01-25', holds: 'schemas and operations' });
  });
});

describe('spec-model/history.json: the known facts', { timeout: 60_000 }, () => {
  it('SaasUser was { id, email } in every version of 2023', () => {
    const auth = api('auth');
    const dates = auth.versions.map((v) => v.date);
    const saasUser = auth.schemas['SaasUser'];
    if (saasUser === undefined) throw new Error('no SaasUser');
    const in2023 = dates.filter((d) => d.startsWith('2023-'));
    expect(in2023.length).toBeGreaterThan(3);
    for (const date of in2023) {
      const present = Object.entries(saasUser.properties)
        .filter(([, p]) => {
          const state = expand(p.history, [date])[0];
          return state !== undefined && !isAbsent(state);
        })
        .map(([name]) => name)
        .sort();
      expect(present, date).toEqual(['email', 'id']);
    }
    expect(property('auth', 'SaasUser', 'id').alwaysRequired).toBe(true);
    expect(property('auth', 'SaasUser', 'email').alwaysRequired).toBe(true);
    expect(property('auth', 'SaasUser', 'attributes')).toMatchObject({ since: '2024-10-29', alwaysRequired: false });
    expect(property('auth', 'SaasUser', 'sign_in_id')).toMatchObject({ alwaysRequired: false });
  });

  it('User.sign_in_id and UserInfo.sign_in_id are required since 2026, absent before', () => {
    for (const schema of ['User', 'UserInfo']) {
      const p = property('auth', schema, 'sign_in_id');
      expect(p.since, schema).toMatch(/^2026-/);
      expect(p.requiredSince, schema).toBe(p.since);
      expect(p.alwaysRequired, schema).toBe(false);
    }
    expect(property('auth', 'User', 'sign_in_id').since).toBe('2026-02-16');
    expect(property('auth', 'UserInfo', 'sign_in_id').since).toBe('2026-04-02');
  });

  it('ApiKey.client_secret and the endpoint settings\' throttlings / mapping_endpoint_id are required since August 2025', () => {
    for (const [schema, name] of [
      ['ApiKey', 'client_secret'],
      ['EndpointSettings', 'throttlings'],
      ['EndpointSettings', 'mapping_endpoint_id'],
    ] as const) {
      expect(property('apigateway', schema, name), `${schema}.${name}`).toMatchObject({
        since: '2025-08-15',
        requiredSince: '2025-08-15',
        alwaysRequired: false,
      });
    }
  });

  it('DeleteSaasUser answers 200 with a body since February 2026 only', () => {
    const op = api('auth').operations['DeleteSaasUser'];
    expect(op?.successBody).toEqual({ since: '2026-02-16', always: false });
    expect(op?.history[0]).toMatchObject({ from: '2024-01-25', responses: { '200': null } });
    expect(op?.history.at(-1)).toMatchObject({ from: '2026-02-16', responses: { '200': 'UserInfo' } });
  });

  it('ReturnInternalServerError: nine APIs had it; eight dropped it in June 2025, stripe keeps it', () => {
    const holders = Object.entries(digest.apis).filter(([, a]) => a.operations['ReturnInternalServerError'] !== undefined);
    expect(holders.map(([name]) => name)).toEqual([
      'apigateway', 'apilog', 'auth', 'awsmarketplace', 'billing', 'communication', 'integration', 'pricing', 'stripe',
    ]);
    const gone = holders.filter(([, a]) => a.operations['ReturnInternalServerError']?.gone === '2025-06-03');
    expect(gone.map(([name]) => name)).toEqual(['apigateway', 'apilog', 'auth', 'awsmarketplace', 'billing', 'communication', 'integration', 'pricing']);
    expect(api('stripe').operations['ReturnInternalServerError']?.gone).toBeNull();
  });

  it('identity_provider_props of UpdateTenantIdentityProviderParam is not nullable in any version', () => {
    const p = property('auth', 'UpdateTenantIdentityProviderParam', 'identity_provider_props');
    expect(p.nullable).toBe(false);
    expect(p.requiredSince).toBeNull();
  });
});

describe('spec-model/history.json against the history', { timeout: 60_000 }, () => {
  it.skipIf(!hasHistory)(
    `is what ${hasHistory ? '../shared/saasus-openapi/history' : 'the history (skipped: ../shared/saasus-openapi/history not found)'} gives`,
    () => {
      expect(printDigest(computeHistory(DEFAULT_HISTORY_DIR)) === text, 'run npm run import:history and commit the result').toBe(true);
    },
    300_000,
  );
});
