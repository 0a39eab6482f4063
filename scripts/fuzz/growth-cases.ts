/**
 * The dimensions `npm run fuzz` measures growth along: event size, nesting depth, number of
 * fields, number of issues, batch records, uri segments and redaction size. Each case builds its
 * input outside the timing and checks its outcome, so that a fast failure cannot pass for speed.
 */
import { SaasusEventError, createEventHandler, getOperation, parseEvent, parseEvents, redactEvent, safeParseEvent } from '../../src/index.js';
import { lambdaContext } from '../../test/support/lambda-context.js';
import { loadFixture, withLogFields } from '../../test/support/fixtures.js';
import { doublings, type GrowthCase, type PreparedRun } from './growth.js';

type Json = Record<string, unknown>;

const tenant = loadFixture('samples/create_tenant.2026.string-form.json');
const roles = loadFixture('operations/auth/CreateTenantUserRoles.json');
const users = loadFixture('operations/auth/GetSaasUsers.json');
const unknownType = { ...tenant, detail: { ...(tenant.detail as Json), event_type: 'launch_rocket' } };

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`growth case: ${what}`);
}

/**
 * `JSON.parse` of every JSON text in a value and in what they decode to, as the decoder reads
 * them (the event, `detail.event`, the bodies, SQS bodies); a text that is not JSON is skipped.
 */
function parseLayers(value: unknown): () => unknown {
  const visit = (node: unknown, depth: number): unknown => {
    if (typeof node === 'string') {
      const first = node.trimStart()[0];
      if (depth > 8 || (first !== '{' && first !== '[' && first !== '"')) return node;
      try {
        return visit(JSON.parse(node), depth + 1);
      } catch {
        return node;
      }
    }
    // Only the envelope's layers: a body's own strings are data.
    if (typeof node === 'object' && node !== null && depth < 8 && !Array.isArray(node)) {
      for (const key of ['Records', 'body', 'Message', 'detail', 'event', 'request_body', 'response_body']) {
        const child = (node as Json)[key];
        if (Array.isArray(child)) child.forEach((item) => visit(item, depth + 1));
        else if (child !== undefined) visit(child, depth + 1);
      }
    }
    return node;
  };
  return () => visit(value, 0);
}

/** Decoding that must succeed (`valid`), fail with a SaasusEventError (`invalid`), or either. */
function decoding(input: unknown, outcome: 'valid' | 'invalid' | 'either', options?: { strict: boolean }): PreparedRun {
  const run = () => {
    const result = safeParseEvent(input, options);
    check(result.success || result.error instanceof SaasusEventError, 'decoding ended in something else');
    if (outcome !== 'either') check(result.success === (outcome === 'valid'), `expected a ${outcome} event`);
  };
  return { run, baseline: parseLayers(input) };
}

const userText = (index: number) => `{"id":"u${index}","email":"user${index}@example.com","sign_in_id":"s${index}","attributes":{"k":"v"},"password":"pw-${index}"}`;
const usersBody = (count: number) => `{"users":[${Array.from({ length: count }, (_value, index) => userText(index)).join(',')}]}`;
const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function sqsBatch(events: readonly unknown[]): Json {
  return {
    Records: events.map((event, index) => ({
      messageId: `m${index}`,
      receiptHandle: 'r',
      body: typeof event === 'string' ? event : JSON.stringify(event),
      attributes: {},
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:ap-northeast-1:123456789012:saasus',
      awsRegion: 'ap-northeast-1',
    })),
  };
}

/**
 * Every growth case, by dimension.
 *
 * @example
 * ```ts
 * await printGrowthTable(growthCases);
 * ```
 */
export const growthCases: readonly GrowthCase[] = [
  {
    dimension: 'event size',
    what: 'safeParseEvent: whole event as JSON text with a body of N MB',
    sizes: doublings(1, 4),
    prepare: (megabytes) => {
      const body = JSON.stringify({ name: 'n', back_office_staff_email: 'e', attributes: { blob: 'x'.repeat(megabytes * 1_000_000) } });
      return decoding(JSON.stringify(withLogFields(tenant, { request_body: body })), 'valid');
    },
  },
  {
    dimension: 'event size',
    what: 'safeParseEvent: valid response of N users (validated one by one)',
    sizes: doublings(2_500, 4),
    prepare: (count) => decoding(withLogFields(users, { response_body: usersBody(count) }), 'valid'),
  },
  {
    dimension: 'nesting depth',
    what: 'safeParseEvent: body nested N levels (unknown event type)',
    sizes: doublings(12_500, 4),
    prepare: (depth) => decoding(withLogFields(unknownType, { request_body: nestedArrays(depth) }), 'valid'),
  },
  {
    dimension: 'nesting depth',
    what: 'safeParseEvent: body nested N levels under a validated map',
    sizes: doublings(12_500, 4),
    prepare: (depth) =>
      decoding(withLogFields(tenant, { request_body: `{"name":"n","back_office_staff_email":"e","attributes":{"deep":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}` }), 'either'),
  },
  {
    dimension: 'number of fields',
    what: 'safeParseEvent: N attributes in a validated map',
    sizes: doublings(12_500, 4),
    prepare: (count) => {
      const attributes = Object.fromEntries(Array.from({ length: count }, (_value, index) => [`attribute_${index}`, `value ${index}`]));
      return decoding(withLogFields(tenant, { request_body: JSON.stringify({ name: 'n', back_office_staff_email: 'e', attributes }) }), 'valid');
    },
  },
  {
    dimension: 'number of fields',
    what: 'safeParseEvent: N unknown fields in detail.event (kept)',
    sizes: doublings(12_500, 4),
    prepare: (count) => decoding(withLogFields(tenant, Object.fromEntries(Array.from({ length: count }, (_value, index) => [`x_new_${index}`, index]))), 'valid'),
  },
  {
    dimension: 'number of issues',
    what: 'safeParseEvent: array of N wrong values (issues capped at 100)',
    sizes: doublings(250_000, 4),
    prepare: (count) => decoding(withLogFields(roles, { request_body: `{"role_names":[${'1,'.repeat(count - 1)}1]}` }), 'invalid'),
  },
  {
    dimension: 'number of issues',
    what: 'safeParseEvent strict: N unknown fields, one issue each',
    sizes: doublings(12_500, 4),
    prepare: (count) =>
      decoding(withLogFields(tenant, Object.fromEntries(Array.from({ length: count }, (_value, index) => [`x_new_${index}`, index]))), 'invalid', { strict: true }),
  },
  {
    dimension: 'batch records',
    what: 'parseEvents: SQS batch of N events',
    sizes: doublings(250, 4),
    prepare: (count) => {
      const batch = sqsBatch(Array.from({ length: count }, () => tenant));
      return { run: () => check(parseEvents(batch).every((record) => record.success), 'expected every record to parse'), baseline: parseLayers(batch) };
    },
  },
  {
    dimension: 'batch records',
    what: 'createEventHandler: SQS batch of N events, each handled',
    sizes: doublings(250, 4),
    prepare: (count) => {
      let handled = 0;
      const handler = createEventHandler({ create_tenant: () => void handled++ });
      const batch = sqsBatch(Array.from({ length: count }, () => tenant));
      const run = async () => {
        handled = 0;
        const response = await handler(batch, lambdaContext);
        check(handled === count && response?.batchItemFailures.length === 0, 'expected every record handled');
      };
      return { run, baseline: parseLayers(batch) };
    },
  },
  {
    dimension: 'batch records',
    what: 'createEventHandler: SQS batch of N invalid events, each failed',
    sizes: doublings(250, 4),
    prepare: (count) => {
      const handler = createEventHandler({}, { onRecordFailure: () => undefined });
      const broken = JSON.stringify(tenant).slice(0, -20);
      const batch = sqsBatch(Array.from({ length: count }, () => broken));
      const run = async () => {
        const response = await handler(batch, lambdaContext);
        check(response?.batchItemFailures.length === count, 'expected every record failed');
      };
      return { run, baseline: parseLayers(batch) };
    },
  },
  {
    dimension: 'uri segments',
    what: 'safeParseEvent: uri of N path segments',
    sizes: doublings(5_000, 4),
    prepare: (count) => decoding(withLogFields(tenant, { uri: `/v1/auth/tenants/${'segment/'.repeat(count)}` }), 'either'),
  },
  {
    dimension: 'uri segments',
    what: 'getOperation: uri of N path segments',
    sizes: doublings(5_000, 4),
    prepare: (count) => {
      const long = parseEvent(withLogFields(unknownType, { uri: `/v1/auth/tenants/${'segment/'.repeat(count)}` }));
      return { run: () => check(getOperation(long) === undefined, 'expected no operation') };
    },
  },
  {
    dimension: 'redaction size',
    what: 'redactEvent: response of N users as objects',
    sizes: doublings(2_500, 4),
    prepare: (count) => {
      const event = { ...users, detail: { event: { response_body: JSON.parse(usersBody(count)) as unknown } } };
      // The baseline: writing the log line, which is what the copy is for.
      return { run: () => check(redactEvent(event) !== event, 'expected a copy'), baseline: () => JSON.stringify(event) };
    },
  },
  {
    dimension: 'redaction size',
    what: 'redactEvent: response of N users as a JSON string',
    sizes: doublings(2_500, 4),
    prepare: (count) => {
      const event = withLogFields(users, { response_body: usersBody(count) });
      return { run: () => check(!JSON.stringify(redactEvent(event)).includes('pw-1'), 'expected passwords masked'), baseline: parseLayers(event) };
    },
  },
  {
    dimension: 'redaction size',
    what: 'redactEvent: N users in truncated JSON, encoded twice',
    sizes: doublings(2_500, 4),
    prepare: (count) => {
      const text = JSON.stringify(JSON.stringify(withLogFields(users, { response_body: usersBody(count) }))).slice(0, -10);
      return { run: () => check(!(redactEvent(text) as string).includes('pw-1'), 'expected passwords masked'), baseline: parseLayers(text) };
    },
  },
  {
    dimension: 'redaction size',
    what: 'redactEvent: uri with N query parameters',
    sizes: doublings(10_000, 4),
    prepare: (count) => {
      const uri = `/v1/auth/tenants?${Array.from({ length: count }, (_value, index) => (index % 2 === 0 ? `p${index}=v` : `token=t${index}`)).join('&')}`;
      return { run: () => check(!redactEvent({ uri }).uri.includes('t1&'), 'expected tokens masked') };
    },
  },
  {
    dimension: 'redaction size',
    what: 'redactEvent: body nested N levels as JSON text',
    sizes: doublings(12_500, 4),
    prepare: (depth) => {
      const event = withLogFields(unknownType, { request_body: nestedArrays(depth) });
      return { run: () => check(redactEvent(event) !== event, 'expected a copy'), baseline: parseLayers(event) };
    },
  },
];
