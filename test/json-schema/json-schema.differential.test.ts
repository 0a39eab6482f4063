// One truth: toJsonSchema's schema of every event and parseEvent (outside strict mode) judge the
// same events alike. Both get the same generated events: every fixture as it is, each with every
// single change of method, uri, status, event_type spelling and bodies, and random mixtures of
// those changes and of any field.
//
// Where the verdicts must match exactly: events whose `detail.event` is an object and whose
// bodies are JSON values (not JSON strings), because a JSON Schema cannot look inside a string.
// The raw form also takes bodies "" and null (the decoder reads both as no body); the decoded form
// describes parseEvent's output, which has neither. For the rest, one direction holds: whatever
// parseEvent accepts, the raw form accepts, in either SaaSus form.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueIndex, catalogueOperations, shapeNamed } from '../../src/catalogue/catalogue.js';
import { sampleValue } from '../../src/testing/sample-value.js';
import { callEvent } from '../support/history-events.js';
import { parseEvent, safeParseEvent } from '../../src/index.js';
import { loadFixtures, toObjectForm, toStringForm } from '../support/fixtures.js';
import { asDecoded, createValidators } from '../support/json-schema-validators.js';

type Json = Record<string, unknown>;

const { validator, compileAhead } = createValidators();
beforeAll(() => compileAhead(), 60_000);

// Mutation testing takes every Nth fixture and fewer runs (vitest.stryker.config.ts).
const fixtureStride = Math.max(1, Number(process.env.JSON_SCHEMA_FIXTURE_STRIDE ?? '1') || 1);
const runsScale = Number(process.env.HOSTILE_RUNS_SCALE ?? '1') || 1;
const operations = catalogueOperations();

/** Every fixture in the object form, without the bodies the decoder reads as none. */
const bases = loadFixtures()
  .filter((_, index) => index % fixtureStride === 0)
  .map(({ name, event }) => {
    const object = toObjectForm(event);
    const log = { ...logOf(object) };
    for (const key of ['request_body', 'response_body']) if (log[key] === '' || log[key] === null) delete log[key];
    return { name, event: { ...object, detail: { ...(object.detail as Json), event: log } } };
  });

// The operations of earlier versions of the specs have no fixture: a call of each, with sample bodies.
const withFixture = new Set(bases.map(({ event }) => catalogueIndex().match(String(logOf(event).request_method), String(logOf(event).uri))?.operation));
for (const operation of operations) {
  if (withFixture.has(operation)) continue;
  const status = Object.keys(operation.responses).find((s) => s.startsWith('2')) ?? Object.keys(operation.responses)[0]!;
  const body = (name: string | null | undefined) => (name === null || name === undefined ? undefined : sampleValue(shapeNamed(name)));
  const event = callEvent({
    eventType: operation.eventTypes[0],
    method: operation.method,
    uri: operation.pathTemplate.replace(/\{[^}]+\}/g, 'x1'),
    status,
    date: '2024-06-01',
    request: body(operation.request),
    response: body(operation.responses[status]),
  });
  const log = logOf(event);
  for (const key of ['request_body', 'response_body']) if (log[key] === undefined || log[key] === '') delete log[key];
  bases.push({ name: `${operation.api}.${operation.operationId} ${operation.pathTemplate}`, event: event as (typeof bases)[number]['event'] });
}

function logOf(event: Json): Json {
  return (event.detail as Json).event as Json;
}

const SAMPLE_VALUES = ['t1', 'a%2Fb', 'count', 'all', 'used', 'search', 'u\n1', '%E0%A4%A', '{user_id}'];

function fillTemplate(template: string, value: string): string {
  return template.replace(/\{[^}]+\}/g, value);
}

// ---- Changes of one field ------------------------------------------------------------------

/** A change of an event's log (`detail.event`) or `detail`, named for fast-check's reports. */
type Change = ((log: Json, detail: Json) => void) & { readonly [fc.toStringMethod]: () => string };

function change(name: string, apply: (log: Json, detail: Json) => void): Change {
  return Object.assign(apply, { [fc.toStringMethod]: () => name });
}

function matchOf(log: Json) {
  return catalogueIndex().match(String(log.request_method), String(log.uri));
}

const methodChanges: Change[] = [
  ...['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'BREW', '', 'Post', ' POST'].map((method) => change(`method ${JSON.stringify(method)}`, (log) => void (log.request_method = method))),
  change('method in lower case', (log) => void (log.request_method = String(log.request_method).toLowerCase())),
  change('method a number', (log) => void (log.request_method = 1)),
];

const uriChanges: Change[] = [
  ...[
    ['a line break in the query', (uri: string) => `${uri}?a=1\n2`],
    ['a line break in the fragment', (uri: string) => `${uri}#x\ny`],
    ['slashes in the query and fragment', (uri: string) => `${uri}?next=/v1/auth/tenants#/a?b`],
    ['a trailing slash', (uri: string) => `${uri}/`],
    ['two trailing slashes', (uri: string) => `${uri}//`],
    ['two leading slashes', (uri: string) => `/${uri}`],
    ['no leading slash', (uri: string) => uri.replace(/^\//, '')],
    ['one more segment', (uri: string) => `${uri}/extra`],
    ['the last segment empty', (uri: string) => uri.replace(/\/[^/]+$/, '/')],
    ['the last segment "count"', (uri: string) => uri.replace(/\/[^/]+$/, '/count')],
    ['upper case', (uri: string) => uri.toUpperCase()],
    ['another version', (uri: string) => uri.replace('/v1/', '/v2/')],
    ['empty', () => ''],
    ['a slash', () => '/'],
  ].map(([name, edit]) => change(`uri: ${name as string}`, (log) => void (log.uri = (edit as (uri: string) => string)(String(log.uri))))),
  change('uri a number', (log) => void (log.uri = 7)),
  ...SAMPLE_VALUES.map((value) =>
    change(`uri: every parameter ${JSON.stringify(value)}`, (log) => {
      const match = matchOf(log);
      if (match !== undefined) log.uri = fillTemplate(match.operation.pathTemplate, value);
    }),
  ),
  ...[0, 1, 2, 3].map((offset) =>
    change(`uri of another operation of the method (${offset})`, (log) => {
      const same = operations.filter((operation) => operation.method === log.request_method);
      if (same.length > 0) log.uri = fillTemplate(same[(same.length >> 1) + offset * 13 < same.length ? (same.length >> 1) + offset * 13 : offset]!.pathTemplate, 'v');
    }),
  ),
];

const statusChanges: Change[] = [
  ...['200', '201', '202', '204', '299', '400', '401', '404', '409', '500', '503', '100', '302', '399', '600', '20', '2000', ' 200', '２００'].map((status) =>
    change(`status ${JSON.stringify(status)}`, (log) => void (log.http_status = status)),
  ),
  change('status a number', (log) => void (log.http_status = 201)),
];

const eventTypeChanges: Change[] = [
  ...[
    ['upper case', (name: string) => name.toUpperCase()],
    ['no underscores', (name: string) => name.replaceAll('_', '')],
    ['underscores around', (name: string) => `_${name}_`],
    ['a double underscore', (name: string) => name.replace('_', '__')],
    ['KELVIN SIGN for k', (name: string) => name.replaceAll('k', '\u212A')],
    ['dotted capital I for i', (name: string) => name.replaceAll('i', '\u0130')],
    ['a dash', (name: string) => name.replace('_', '-')],
    ['one more letter', (name: string) => `${name}s`],
  ].map(([name, edit]) => change(`event_type: ${name as string}`, (_log, detail) => void (detail.event_type = (edit as (name: string) => string)(String(detail.event_type))))),
  change('event_type: the operationId', (log, detail) => {
    const match = matchOf(log);
    if (match !== undefined) detail.event_type = match.operation.operationId;
  }),
  change('event_type: the last listed spelling', (log, detail) => {
    const match = matchOf(log);
    if (match !== undefined) detail.event_type = match.operation.eventTypes.at(-1);
  }),
  change('event_type: another operation\'s', (log, detail) => {
    const match = matchOf(log);
    if (match !== undefined) detail.event_type = operations[(operations.indexOf(match.operation) + 1) % operations.length]!.eventTypes[0];
  }),
  ...['launch_rocket', '', null].map((name) => change(`event_type ${JSON.stringify(name)}`, (_log, detail) => void (detail.event_type = name))),
];

const BODIES: readonly unknown[] = [
  undefined,
  {},
  { type: 'bad_request', message: 'nope' },
  { type: 1, message: 'nope' },
  { id: 1 },
  { id: 'x', name: 'n' },
  1,
  true,
  [],
  [{}],
  '',
  null,
  'x',
  '{"id":"x"}',
];

function bodyChanges(key: 'request_body' | 'response_body'): Change[] {
  return [
    ...BODIES.map((body) =>
      change(`${key} ${JSON.stringify(body) ?? 'absent'}`, (log) => {
        if (body === undefined) delete log[key];
        else log[key] = body;
      }),
    ),
    change(`${key} as a JSON string`, (log) => {
      if (log[key] !== undefined) log[key] = JSON.stringify(log[key]);
    }),
  ];
}

const changeGroups = {
  method: methodChanges,
  uri: uriChanges,
  status: statusChanges,
  event_type: eventTypeChanges,
  request_body: bodyChanges('request_body'),
  response_body: bodyChanges('response_body'),
};

// Bodies the fixtures' operations reject: what makes a change of another field show whether it
// is judged a call of the operation (bodies checked) or not.
const wrongBodies: readonly Change[] = [
  change('no change of bodies', () => undefined),
  change('response_body wrong', (log) => void (log.response_body = { id: 1, type: 1, message: 1 })),
  change('request_body wrong', (log) => void (log.request_body = [1])),
];

function applyChanges(event: Json, changes: readonly Change[]): Json {
  const copy = JSON.parse(JSON.stringify(event)) as Json;
  const detail = copy.detail as Json;
  const log = detail.event as Json;
  for (const change of changes) change(log, detail);
  return copy;
}

// Any field: replaced, removed or changed further down, by a seeded walk.
const VALUES: readonly unknown[] = [1, 'x', null, true, [], {}, '', 2.5, '2026-05-19T02:22:58Z', '200', 'POST'];

function mutateAnywhere(value: unknown, seed: number, depth = 0): unknown {
  let state = seed;
  const random = (bound: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % bound;
  };
  const walk = (node: unknown, level: number): unknown => {
    if (node === null || typeof node !== 'object') return VALUES[random(VALUES.length)];
    const keys = Object.keys(node);
    if (keys.length === 0) return VALUES[random(VALUES.length)];
    const key = keys[random(keys.length)]!;
    const copy: Json | unknown[] = Array.isArray(node) ? [...node] : { ...(node as Json) };
    const choice = random(10);
    if (choice < 2 && !Array.isArray(copy)) delete copy[key];
    else if (choice < 4 || level > 8) (copy as Json)[key] = VALUES[random(VALUES.length)];
    else (copy as Json)[key] = walk((node as Json)[key], level + 1);
    return copy;
  };
  return walk(value, depth);
}

// ---- Comparing -------------------------------------------------------------------------------


function isBodyString(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

/** Which verdicts must be equal for this event (see the top of the file). */
function comparable(event: Json): { raw: boolean; decoded: boolean } {
  const detail = event.detail;
  if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) return { raw: true, decoded: true };
  const log = (detail as Json).event;
  if (typeof log !== 'object' || log === null || Array.isArray(log)) return { raw: typeof log !== 'string', decoded: typeof log !== 'string' };
  const bodies = [(log as Json).request_body, (log as Json).response_body];
  return {
    raw: !bodies.some(isBodyString),
    decoded: !bodies.some((body) => typeof body === 'string' || body === null),
  };
}

interface Tally {
  valid: number;
  invalid: number;
  compared: number;
}

function judge(event: Json, tally: Tally): void {
  const result = safeParseEvent(event);
  const verdict = result.success;
  if (verdict) tally.valid++;
  else tally.invalid++;
  const why = () => JSON.stringify({ event, issues: result.error?.issues.slice(0, 3) });
  const { raw: rawExact, decoded: decodedExact } = comparable(event);
  if (rawExact || verdict) expect(validator({ form: 'raw' })(event), why()).toBe(verdict);
  if (decodedExact) expect(validator({ form: 'decoded' })(asDecoded(event)), why()).toBe(verdict);
  if (rawExact || decodedExact) tally.compared++;
  if (verdict && !decodedExact) expect(validator({ form: 'decoded' })(JSON.parse(JSON.stringify(parseEvent(event)))), why()).toBe(true);
}

const allChanges = Object.values(changeGroups).flat();

describe('toJsonSchema and parseEvent give the same verdicts', () => {
  it('on every fixture, in the object form and in the string form', () => {
    const tally: Tally = { valid: 0, invalid: 0, compared: 0 };
    for (const { event } of bases) {
      judge(event, tally);
      judge(toStringForm(event), tally);
    }
    expect(tally).toEqual({ valid: bases.length * 2, invalid: 0, compared: bases.length });
  }, 120_000);

  it('on each change of one field, with and without wrong bodies, each made to a few fixtures of other operations', () => {
    const tally: Tally = { valid: 0, invalid: 0, compared: 0 };
    const perChange = Math.min(6, bases.length);
    allChanges.forEach((change, index) => {
      for (let k = 0; k < perChange; k++) {
        const base = bases[(index * 7 + k * 37) % bases.length]!.event;
        for (const bodies of wrongBodies) judge(applyChanges(base, [change, bodies]), tally);
      }
    });
    expect(tally.valid).toBeGreaterThan(0);
    expect(tally.invalid).toBeGreaterThan(0);
    expect(tally.compared).toBeGreaterThan(allChanges.length * perChange * wrongBodies.length * 0.8);
  }, 120_000);

  it('on random mixtures of changes', () => {
    const tally: Tally = { valid: 0, invalid: 0, compared: 0 };
    const pick = <T>(items: readonly T[]) => fc.option(fc.constantFrom(...items), { nil: undefined });
    const mixture = fc.record({
      base: fc.nat({ max: bases.length - 1 }),
      method: pick(changeGroups.method),
      uri: pick(changeGroups.uri),
      status: pick(changeGroups.status),
      eventType: pick(changeGroups.event_type),
      request: pick(changeGroups.request_body),
      response: pick(changeGroups.response_body),
      anywhere: fc.option(fc.nat(), { nil: undefined, freq: 3 }),
    });
    fc.assert(
      fc.property(mixture, ({ base, anywhere, ...picked }) => {
        const changes = Object.values(picked).filter((change): change is Change => change !== undefined);
        let event = applyChanges(bases[base]!.event, changes);
        if (anywhere !== undefined) event = mutateAnywhere(event, anywhere) as Json;
        judge(event, tally);
      }),
      { numRuns: Math.max(100, Math.round(1_500 * runsScale)), seed: 20260519 },
    );
    // Not a vacuous comparison: plenty of both verdicts, most compared both ways.
    expect(tally.valid).toBeGreaterThan(tally.invalid / 10);
    expect(tally.invalid).toBeGreaterThan(tally.valid / 10);
    expect(tally.compared).toBeGreaterThan((tally.valid + tally.invalid) / 2);
  }, 120_000);

  it('covers every operation of the catalogue', () => {
    const covered = new Set(bases.map(({ event }) => catalogueIndex().match(String(logOf(event).request_method), String(logOf(event).uri))?.operation));
    expect(covered.size).toBe(fixtureStride === 1 ? operations.length : covered.size);
  });
});
