import { describe, expect, it } from 'vitest';
import { catalogueOperations, isEarlierVersion } from '../../src/catalogue/catalogue.js';
import { getOperation, isFailedCall, isKnownEventType, parseEvent, safeParseEvent, type SaasusEventType } from '../../src/index.js';
import { getEventSchema } from '../../src/zod/index.js';
import { loadFixtures, toMixedForms, toObjectForm, toStringForm } from '../support/fixtures.js';

const fixtures = loadFixtures('operations');

describe('one generated sample event per operation', () => {
  it('covers every operation of the catalogue', () => {
    const covered = new Set(fixtures.map((fixture) => fixture.name.replace(/^operations\//, '').replace(/\.json$/, '')));
    // Today's 216 operations; those of earlier versions follow them and have no fixture.
    expect(covered.size).toBe(216);
    for (const operation of catalogueOperations().slice(0, 216)) expect(covered).toContain(`${operation.api}/${operation.operationId}`);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture.event] as const))('%s parses in both forms, strictly, and names its operation', (name, event) => {
    const strict = safeParseEvent(event, { strict: true });
    expect(strict.error?.issues).toBeUndefined();
    const parsed = parseEvent(event);
    // An operation whose spec lists no success (stripe's ReturnInternalServerError) is sampled failing.
    const succeeded = parsed.detail.event.http_status.startsWith('2');
    expect(isKnownEventType(parsed)).toBe(succeeded);
    expect(isFailedCall(parsed)).toBe(!succeeded);
    expect(parseEvent(toObjectForm(event))).toEqual(parsed);
    expect(parseEvent(toStringForm(event))).toEqual(parsed);
    for (const mixed of toMixedForms(event)) expect(parseEvent(mixed)).toEqual(parsed);

    const [, api, operationId] = /^operations\/([^/]+)\/([^/.]+)\.json$/.exec(name)!;
    expect(getOperation(parsed)).toMatchObject({ api, operationId });
    if (succeeded) expect(getEventSchema(parsed.detail.event_type as SaasusEventType).parse(event)).toEqual(parsed);
  });
});

describe('catalogue data', () => {
  it('has 216 operations of today\'s specs, 134 of them not GET, then 12 of earlier versions', () => {
    expect(catalogueOperations()).toHaveLength(228);
    expect(catalogueOperations().slice(0, 216).filter((operation) => operation.method !== 'GET')).toHaveLength(134);
  });

  it('identifies every operation by method and path: no two templates are the same', () => {
    const keys = catalogueOperations().map((operation) => `${operation.method} ${operation.pathTemplate.replace(/\{[^}]+\}/g, '{}')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('isEarlierVersion', () => {
  it("is false for today's 216 operations and true for those of earlier versions, which come last", () => {
    const flags = catalogueOperations().map(isEarlierVersion);
    expect(flags.indexOf(true)).toBe(216);
    expect(flags.slice(216).every(Boolean)).toBe(true);
    const earlier = catalogueOperations().filter(isEarlierVersion).map((operation) => `${operation.api}.${operation.operationId} ${operation.pathTemplate}`);
    expect(earlier).toContain('apigateway.CreateApiKey /v1/apigateway/tenants/{tenant_id}/api-key');
    expect(earlier.filter((entry) => entry.includes('.ReturnInternalServerError '))).toHaveLength(8);
  });
});
