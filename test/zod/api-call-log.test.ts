import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HTTP_STATUS_MESSAGE, LOG_FIELDS, isHttpStatus } from '../../src/envelope/event-format.js';
import { apiCallLogSchema } from '../../src/zod/index.js';

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
});
