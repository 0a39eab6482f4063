import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HTTP_STATUS_MESSAGE, LOG_FIELDS, isHttpStatus } from '../../src/envelope/event-format.js';
import { apiCallLogSchema } from '../../src/zod/index.js';
import { loadFixture } from '../support/fixtures.js';

const Log = apiCallLogSchema(z.unknown(), z.unknown());

describe('apiCallLogSchema', () => {
  it('has the fields of the event format, in its order', () => {
    expect(Object.keys(Log.shape)).toEqual(LOG_FIELDS);
  });

  it('checks http_status by the rule of the event format, with its message', () => {
    for (let n = 0; n < 1000; n++) {
      const status = String(n).padStart(3, '0');
      expect(Log.shape.http_status.safeParse(status).success, status).toBe(isHttpStatus(status));
    }
    expect(Log.shape.http_status.safeParse('600').error?.issues[0]?.message).toBe(HTTP_STATUS_MESSAGE);
  });

  it('reports a wrong http_status of a whole log at its path, with the message of the event format', () => {
    const log = JSON.parse((loadFixture('samples/create_tenant.2026.string-form.json').detail as { event: string }).event) as Record<string, unknown>;
    const schema = apiCallLogSchema(z.unknown(), z.unknown());
    expect(schema.safeParse(log).success).toBe(true);
    for (const status of ['600', '20', '2000', 'OK']) {
      const issues = schema.safeParse({ ...log, http_status: status }).error?.issues;
      expect(issues?.map((issue) => [issue.path, issue.message]), status).toEqual([[['http_status'], HTTP_STATUS_MESSAGE]]);
    }
  });
});
