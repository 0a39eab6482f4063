import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentUuid } from '../../src/testing/content-uuid.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('contentUuid', () => {
  it('gives a version 4 UUID, the same for the same text', () => {
    expect(contentUuid('create_tenant')).toMatch(UUID_V4);
    expect(contentUuid('create_tenant')).toBe(contentUuid('create_tenant'));
    expect(contentUuid('')).toMatch(UUID_V4);
  });

  it('differs for texts one character apart', () => {
    expect(contentUuid('log-1')).not.toBe(contentUuid('log-2'));
    expect(contentUuid('ab')).not.toBe(contentUuid('ba'));
  });

  it('gives distinct UUIDs to distinct texts', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 200, maxLength: 200 }), (texts) => {
        const uuids = texts.map(contentUuid);
        expect(uuids.every((uuid) => UUID_V4.test(uuid))).toBe(true);
        expect(new Set(uuids).size).toBe(texts.length);
      }),
      { numRuns: 50 },
    );
  });
});
