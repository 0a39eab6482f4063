import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENVELOPE_FIELDS, LOG_FIELDS, SAASUS_DETAIL_TYPE, SAASUS_SOURCE_PREFIX, sampleStatus } from '../../src/envelope/event-format.js';
import { catalogueOperations } from '../../src/catalogue/catalogue.js';

const fixturesDir = new URL('../../fixtures/operations/', import.meta.url);

describe('the generated fixtures (scripts/lib/fixtures.ts)', () => {
  // Today's 216 operations; those of earlier versions that follow them in the catalogue have no
  // fixture (test/generated/history-samples.test.ts builds their events).
  const operations = catalogueOperations().slice(0, 216);

  it.each(operations.map((operation) => [`${operation.api}.${operation.operationId}`, operation] as const))(
    'write %s by the event format',
    (_key, operation) => {
      const event = JSON.parse(readFileSync(join(fixturesDir.pathname, operation.api, `${operation.operationId}.json`), 'utf8')) as Record<string, unknown>;
      const detail = event.detail as Record<string, unknown>;
      const log = JSON.parse(detail.event as string) as Record<string, unknown>;
      expect(Object.keys(event)).toEqual(ENVELOPE_FIELDS.filter((name) => name !== 'replay-name'));
      expect(Object.keys(log)).toEqual(LOG_FIELDS);
      expect(event['detail-type']).toBe(SAASUS_DETAIL_TYPE);
      expect((event.source as string).startsWith(SAASUS_SOURCE_PREFIX)).toBe(true);
      expect(log.http_status).toBe(sampleStatus(Object.keys(operation.responses)));
    },
  );

  it('cover every operation of today\'s specs', () => {
    expect(new Set(catalogueOperations().slice(216).map((o) => o.operationId))).toEqual(
      new Set(['GetApiKey', 'CreateApiKey', 'ReturnInternalServerError', 'GetAllowedIps', 'UpdateAllowedIps']),
    );
    const files = readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(operations.length);
  });
});
