// The README's "Validation rules", each checked against an independent statement of the rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getEventTime, parseEvent, safeParseEvent, type SaasusEventIssue } from '../../src/index.js';
import { loadFixture, toObjectForm, withLogFields } from '../support/fixtures.js';
import { propertyRuns } from '../support/property-runs.js';

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const tenantObjects = toObjectForm(tenant);

const issuesOf = (input: unknown): readonly SaasusEventIssue[] => safeParseEvent(input).error?.issues ?? [];

// ---------------------------------------------------------------------------------------------
// time: RFC 3339, fractions and offsets accepted, impossible dates rejected

interface TimeParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly fraction: string;
  readonly separator: string;
  readonly zone: { readonly kind: 'Z' | 'z' | 'offset' | 'compact' | 'none'; readonly sign: '+' | '-'; readonly hours: number; readonly minutes: number };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function formatTime(parts: TimeParts): string {
  const { zone } = parts;
  const zoneText =
    zone.kind === 'offset'
      ? `${zone.sign}${pad(zone.hours)}:${pad(zone.minutes)}`
      : zone.kind === 'compact'
        ? `${zone.sign}${pad(zone.hours)}${pad(zone.minutes)}`
        : zone.kind === 'none'
          ? ''
          : zone.kind;
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}${parts.separator}${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}${parts.fraction === '' ? '' : `.${parts.fraction}`}${zoneText}`;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The rule, stated from the parts rather than the text. */
function isValidTime(parts: TimeParts): boolean {
  const { year, month, day, hour, minute, second, fraction, separator, zone } = parts;
  if (month < 1 || month > 12) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day < 1 || day > days) return false;
  if (hour > 23 || minute > 59 || second > 59) return false; // no leap seconds
  if (fraction.length > 9) return false;
  if (separator !== 'T' && separator !== 't') return false;
  if (zone.kind === 'none' || zone.kind === 'compact') return false;
  if (zone.kind === 'offset' && (zone.hours > 23 || zone.minutes > 59)) return false;
  return true;
}

/** Epoch milliseconds of valid parts (years from 100 on, where Date.UTC reads the year as given). */
function expectedMillis(parts: TimeParts): number {
  const { zone } = parts;
  const offset = zone.kind === 'offset' ? (zone.sign === '+' ? 1 : -1) * (zone.hours * 60 + zone.minutes) * 60_000 : 0;
  const millis = Number(parts.fraction.slice(0, 3).padEnd(3, '0'));
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, millis) - offset;
}

const timePartsArb: fc.Arbitrary<TimeParts> = fc.record({
  year: fc.oneof(fc.integer({ min: 100, max: 9999 }), fc.constantFrom(1900, 2000, 2024, 2026, 2100)),
  month: fc.integer({ min: 0, max: 13 }),
  day: fc.integer({ min: 0, max: 32 }),
  hour: fc.integer({ min: 0, max: 24 }),
  minute: fc.integer({ min: 0, max: 60 }),
  second: fc.integer({ min: 0, max: 60 }),
  fraction: fc.oneof(fc.constant(''), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 10 })),
  separator: fc.constantFrom('T', 't', ' ', '_'),
  zone: fc.record({
    kind: fc.constantFrom('Z', 'z', 'offset', 'compact', 'none'),
    sign: fc.constantFrom('+', '-'),
    hours: fc.integer({ min: 0, max: 24 }),
    minutes: fc.integer({ min: 0, max: 60 }),
  }),
});

describe('time', () => {
  it('is accepted exactly when it is an RFC 3339 date-time of a date that exists, and read to the millisecond', () => {
    fc.assert(
      fc.property(timePartsArb, (parts) => {
        const time = formatTime(parts);
        const result = safeParseEvent({ ...tenant, time });
        expect(result.success).toBe(isValidTime(parts));
        if (result.success) expect(getEventTime(result.data)).toBe(expectedMillis(parts));
        else expect(result.error.issues).toEqual([{ code: 'invalid_format', path: ['time'], message: expect.any(String) }]);
      }),
      propertyRuns(500),
    );
  });

  it.each([
    ['2026-05-19T02:22:58Z', true],
    ['2026-05-19T02:22:58.5Z', true],
    ['2026-05-19T02:22:58.123456789Z', true],
    ['2026-05-19T02:22:58.1234567890Z', false],
    ['2026-05-19T11:22:58+09:00', true],
    ['2026-05-18T21:22:58-05:00', true],
    ['2026-05-19t02:22:58z', true],
    ['2024-02-29T00:00:00Z', true],
    ['2000-02-29T00:00:00Z', true],
    ['2026-02-29T00:00:00Z', false],
    ['1900-02-29T00:00:00Z', false],
    ['2026-04-31T00:00:00Z', false],
    ['2026-05-19T23:59:60Z', false],
    ['2026-05-19T02:22:58+0900', false],
    ['2026-05-19T02:22:58', false],
    ['2026-05-19', false],
    ['2026-5-19T02:22:58Z', false],
    [' 2026-05-19T02:22:58Z', false],
    ['2026-05-19T02:22:58Z ', false],
    ['２０２６-05-19T02:22:58Z', false],
  ])('%s: accepted %s', (time, accepted) => {
    expect(safeParseEvent({ ...tenant, time }).success).toBe(accepted);
  });

  it('that is not a string is an invalid_type, and a missing one is required', () => {
    expect(issuesOf({ ...tenant, time: 1_779_157_378 })).toEqual([{ code: 'invalid_type', path: ['time'], message: 'expected string, received number' }]);
    expect(issuesOf({ ...tenant, time: undefined })).toEqual([{ code: 'required', path: ['time'], message: 'required field is missing' }]);
  });

  it('is the only date-time whose format is checked: date_time, date and ttl only have to be strings', () => {
    const event = parseEvent(withLogFields(tenant, { date_time: 'yesterday', date: '2026-02-30', ttl: 'forever' }));
    expect(event.detail.event.ttl).toBe('forever');
  });
});

// ---------------------------------------------------------------------------------------------
// http_status: a three-digit string from "100" to "599"

/** The rule, stated without a regular expression. */
function isValidStatus(text: string): boolean {
  if (text.length !== 3) return false;
  for (const char of text) if (char < '0' || char > '9') return false;
  const value = Number(text);
  return value >= 100 && value <= 599;
}

describe('http_status', () => {
  const statusArb = fc.oneof(
    fc.integer({ min: 0, max: 1_000 }).map(String),
    fc.integer({ min: 0, max: 99 }).map((value) => pad(value, 3)),
    fc.string({ unit: fc.constantFrom(...'0123456789 +-.eE٣２x'), maxLength: 5 }),
  );

  it('is accepted exactly when it is three ASCII digits from 100 to 599', () => {
    fc.assert(
      fc.property(statusArb, fc.boolean(), (status, stringForm) => {
        // An unknown event type, so that only the status rule decides.
        const input = withLogFields({ ...(stringForm ? tenant : tenantObjects), detail: { ...((stringForm ? tenant : tenantObjects).detail as object), event_type: 'launch_rocket' } }, { http_status: status });
        const issues = issuesOf(input);
        if (isValidStatus(status)) expect(issues).toEqual([]);
        else expect(issues).toEqual([{ code: 'invalid_format', path: ['detail', 'event', 'http_status'], message: expect.any(String) }]);
      }),
      propertyRuns(300),
    );
  });

  it.each(['099', '600', '1000', '20', ' 201', '201 ', '2O1', '２０１', '+20', '2e2'])('"%s" is rejected', (status) => {
    expect(issuesOf(withLogFields(tenant, { http_status: status }))).toContainEqual({
      code: 'invalid_format',
      path: ['detail', 'event', 'http_status'],
      message: 'expected a three-digit HTTP status from "100" to "599"',
    });
    const unknownType = { ...tenant, detail: { ...(tenant.detail as object), event_type: 'launch_rocket' } };
    expect(issuesOf(withLogFields(unknownType, { http_status: status }))).toEqual([{ code: 'invalid_format', path: ['detail', 'event', 'http_status'], message: 'expected a three-digit HTTP status from "100" to "599"' }]);
  });

  it.each([201, 201.0, null, true, ['201'], { code: '201' }])('%j (not a string) is an invalid_type', (status) => {
    expect(issuesOf(withLogFields(tenant, { http_status: status }))).toEqual([
      { code: 'invalid_type', path: ['detail', 'event', 'http_status'], message: expect.stringMatching(/^expected string, received (number|null|boolean|array|object)$/) },
    ]);
  });

  it('of a known operation, when 1xx, 3xx, 4xx or 5xx, makes a failed call whose body is checked against the error schema', () => {
    for (const status of ['100', '302', '404', '599']) {
      expect(issuesOf(withLogFields(tenant, { http_status: status, response_body: '{"type":"x","message":"y"}' }))).toEqual([]);
      expect(issuesOf(withLogFields(tenant, { http_status: status, response_body: '{"type":1}' })).map((issue) => issue.path.join('.')).sort()).toEqual([
        'detail.event.response_body.message',
        'detail.event.response_body.type',
      ]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Strings are strings: numbers (or anything else) where strings belong are rejected

const ENVELOPE_STRINGS = ['version', 'id', 'detail-type', 'source', 'account', 'region'];
const DETAIL_STRINGS = ['event_type', 'trace_id'];
const LOG_STRINGS = ['log_id', 'date_time', 'date', 'ttl', 'uri', 'ip_address', 'referer', 'request_method', 'saas_id', 'api_key'];
// JSON values only: NaN and the infinities are no JSON, and get their own issue (test/copy-json-data.test.ts).
const nonStringArb = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }));

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

describe('string fields', () => {
  const fieldArb = fc.oneof(
    fc.constantFrom(...ENVELOPE_STRINGS).map((key) => ({ path: [key], set: (value: unknown) => ({ ...tenant, [key]: value }) })),
    fc.constantFrom(...DETAIL_STRINGS).map((key) => ({ path: ['detail', key], set: (value: unknown) => ({ ...tenant, detail: { ...(tenant.detail as object), [key]: value } }) })),
    // The object form, so that a value JSON cannot hold (Infinity, NaN) arrives as it is instead of as null.
    fc.constantFrom(...LOG_STRINGS).map((key) => ({ path: ['detail', 'event', key], set: (value: unknown) => withLogFields(tenantObjects, { [key]: value }) })),
  );

  it('holding anything but a string give one invalid_type issue at their path, naming the type received', () => {
    fc.assert(
      fc.property(fieldArb, nonStringArb, ({ path, set }, value) => {
        const issues = issuesOf(set(value)).filter((issue) => issue.path.join('.') === path.join('.'));
        expect(issues).toEqual([{ code: 'invalid_type', path, message: `expected string, received ${typeName(value)}` }]);
      }),
      propertyRuns(300),
    );
  });

  it('that are missing give a required issue at their path', () => {
    for (const key of ENVELOPE_STRINGS) expect(issuesOf({ ...tenant, [key]: undefined })).toEqual([{ code: 'required', path: [key], message: 'required field is missing' }]);
    for (const key of LOG_STRINGS) {
      expect(issuesOf(withLogFields(tenant, { [key]: undefined }))).toContainEqual({ code: 'required', path: ['detail', 'event', key], message: 'required field is missing' });
    }
  });

  it('resources must be an array of strings, replay-name a string when present', () => {
    expect(issuesOf({ ...tenant, resources: 'arn' })).toEqual([{ code: 'invalid_type', path: ['resources'], message: 'expected array, received string' }]);
    expect(issuesOf({ ...tenant, resources: ['arn', 7, null] }).map((issue) => issue.path)).toEqual([['resources', 1], ['resources', 2]]);
    expect(issuesOf({ ...tenant, resources: undefined })).toEqual([{ code: 'required', path: ['resources'], message: 'required field is missing' }]);
    expect(parseEvent({ ...tenant, 'replay-name': 'archive-replay' })['replay-name']).toBe('archive-replay');
    expect(issuesOf({ ...tenant, 'replay-name': 1 })).toEqual([{ code: 'invalid_type', path: ['replay-name'], message: 'expected string, received number' }]);
  });

  it('detail and detail.event must be objects (detail.event may be the JSON string of one)', () => {
    expect(issuesOf({ ...tenant, detail: '{}' })).toEqual([{ code: 'invalid_type', path: ['detail'], message: 'expected object, received string' }]);
    expect(issuesOf({ ...tenant, detail: undefined })).toEqual([{ code: 'invalid_type', path: ['detail'], message: 'expected object, received undefined' }]);
    expect(issuesOf({ ...tenant, detail: { ...(tenant.detail as object), event: '[1]' } })).toEqual([
      { code: 'invalid_type', path: ['detail', 'event'], message: 'expected object or JSON string of an object, received array' },
    ]);
    expect(issuesOf({ ...tenant, detail: { ...(tenant.detail as object), event: '' } })).toEqual([
      { code: 'invalid_json', path: ['detail', 'event'], message: 'expected JSON, received an empty string' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Bodies

describe('bodies', () => {
  it.each([
    ['an empty string', ''],
    ['null', null],
    ['the JSON text "null"', 'null'],
    ['absent', undefined],
  ])('a body that is %s decodes to undefined, in both forms', (_label, body) => {
    for (const source of [tenant, tenantObjects]) {
      const event = parseEvent(withLogFields({ ...source, detail: { ...(source.detail as object), event_type: 'launch_rocket' } }, { request_body: body }));
      expect(event.detail.event.request_body).toBeUndefined();
      expect(Object.hasOwn(event.detail.event, 'request_body')).toBe(true);
    }
  });

  it('a number where a body string belongs is validated as the decoded body (object form)', () => {
    expect(issuesOf(withLogFields(tenantObjects, { response_body: 42 }))).toEqual([
      { code: 'invalid_type', path: ['detail', 'event', 'response_body'], message: 'expected object, received number (auth.CreateTenant response_body)' },
    ]);
  });

  it('a body that is a JSON string of a JSON string (doubly encoded) is a string, not an object', () => {
    const log = JSON.parse((tenant.detail as { event: string }).event) as { response_body: string };
    expect(issuesOf(withLogFields(tenant, { response_body: JSON.stringify(log.response_body) }))).toEqual([
      { code: 'invalid_type', path: ['detail', 'event', 'response_body'], message: 'expected object, received string (auth.CreateTenant response_body)' },
    ]);
  });

  it('a success whose schema has a body must have one; an error may come without', () => {
    expect(issuesOf(withLogFields(tenant, { response_body: 'null' }))).toEqual([
      { code: 'required', path: ['detail', 'event', 'response_body'], message: 'auth.CreateTenant answers 201 with a body' },
    ]);
    expect(issuesOf(withLogFields(tenant, { http_status: '500', response_body: '' }))).toEqual([]);
  });
});
