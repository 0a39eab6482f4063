import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DETAIL_FIELDS,
  ENVELOPE_FIELDS,
  ENVELOPE_STRING_FIELDS,
  HTTP_STATUS_PATTERN,
  LOG_BODY_FIELDS,
  LOG_FIELDS,
  LOG_STRING_FIELDS,
  SAASUS_PARTNER_SOURCE,
  SAASUS_SOURCE_PREFIX,
  SUCCESS_STATUS_PATTERN,
  isHttpStatus,
  isSuccessStatus,
  responseShapeName,
  sampleStatus,
} from '../../src/envelope/event-format.js';
import { SLOW_TEST_TIMEOUT_MS, propertyRuns } from '../support/property-runs.js';

const httpStatus = new RegExp(HTTP_STATUS_PATTERN);
const successStatus = new RegExp(SUCCESS_STATUS_PATTERN);

describe('the HTTP status rule', () => {
  it('isHttpStatus and HTTP_STATUS_PATTERN agree on every string of three characters from 0 to 9, a to z and beyond', () => {
    const characters = [...'0123456789az/:٣０', '\u0000'];
    for (const a of characters) for (const b of characters) for (const c of characters) {
      const text = `${a}${b}${c}`;
      expect(isHttpStatus(text), text).toBe(httpStatus.test(text));
    }
  });

  it('isHttpStatus and HTTP_STATUS_PATTERN agree on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 5 }), fc.stringMatching(/^[0-9]{2,4}\n?$/)), (text) => {
        expect(isHttpStatus(text)).toBe(httpStatus.test(text));
      }),
      propertyRuns(2000),
    );
  }, SLOW_TEST_TIMEOUT_MS);

  it('accepts exactly 100 to 599', () => {
    const accepted = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0')).filter(isHttpStatus);
    expect(accepted).toHaveLength(500);
    expect(accepted[0]).toBe('100');
    expect(accepted.at(-1)).toBe('599');
  });

  it('isSuccessStatus and SUCCESS_STATUS_PATTERN agree on every status isHttpStatus accepts: 2xx', () => {
    for (let n = 100; n < 600; n++) {
      const status = String(n);
      expect(isSuccessStatus(status), status).toBe(successStatus.test(status));
      expect(isSuccessStatus(status), status).toBe(n >= 200 && n < 300);
    }
  });
});

describe('the status and body of a call', () => {
  it('sampleStatus takes the first success status, else the first status', () => {
    expect(sampleStatus(['400', '201', '200'])).toBe('201');
    expect(sampleStatus(['404', '500'])).toBe('404');
    expect(sampleStatus([])).toBeUndefined();
  });

  it('responseShapeName takes the listed status, else the first listed status of its class', () => {
    const responses = { '200': 'Tenant', '204': null, '400': 'BadRequest', '500': 'ApiError' };
    expect(responseShapeName(responses, '200')).toBe('Tenant');
    expect(responseShapeName(responses, '204')).toBeNull();
    expect(responseShapeName(responses, '201')).toBe('Tenant');
    expect(responseShapeName(responses, '500')).toBe('ApiError');
    expect(responseShapeName(responses, '404')).toBe('BadRequest');
    expect(responseShapeName({ '500': 'ApiError' }, '201')).toBeUndefined();
    expect(responseShapeName({ '201': 'Tenant' }, '404')).toBeUndefined();
  });
});

/** Whether `part` lists some of `whole`'s items, in `whole`'s order. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let index = 0;
  for (const item of whole) if (item === part[index]) index++;
  return index === part.length;
}

describe('the field lists', () => {
  it('list the envelope as EventBridge writes it', () => {
    expect(ENVELOPE_FIELDS).toEqual(['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'replay-name', 'detail']);
    expect(ENVELOPE_STRING_FIELDS).toEqual(['version', 'id', 'detail-type', 'source', 'account', 'region']);
    expect(isSubsequence(ENVELOPE_STRING_FIELDS, ENVELOPE_FIELDS)).toBe(true);
  });

  it('list detail and the log record as SaaSus writes them', () => {
    expect(DETAIL_FIELDS).toEqual(['event_type', 'event', 'trace_id']);
    expect(LOG_FIELDS).toEqual([
      'log_id',
      'date_time',
      'date',
      'ttl',
      'http_status',
      'uri',
      'ip_address',
      'referer',
      'request_method',
      'saas_id',
      'api_key',
      'request_body',
      'response_body',
    ]);
  });

  it('give the plain strings and the bodies of the log in its order, and nothing else', () => {
    expect(isSubsequence(LOG_STRING_FIELDS, LOG_FIELDS)).toBe(true);
    expect(isSubsequence(LOG_BODY_FIELDS, LOG_FIELDS)).toBe(true);
    // Every field is a plain string, a body, or http_status (a string with a rule of its own).
    expect(LOG_FIELDS.filter((name) => !(LOG_STRING_FIELDS as readonly string[]).includes(name) && !(LOG_BODY_FIELDS as readonly string[]).includes(name))).toEqual(['http_status']);
  });

  it('catch a list out of order', () => {
    expect(isSubsequence(['date', 'log_id'], LOG_FIELDS)).toBe(false);
    expect(isSubsequence(['log_id', 'nope'], LOG_FIELDS)).toBe(false);
  });

  it('give one source prefix, the partner name and a slash', () => {
    expect(SAASUS_SOURCE_PREFIX).toBe(`${SAASUS_PARTNER_SOURCE}/`);
    expect('aws.partner/saasus.io/d8753ef8-8604-4b7d-8a44-cf9a64433209-1/event'.startsWith(SAASUS_SOURCE_PREFIX)).toBe(true);
  });
});
