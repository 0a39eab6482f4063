import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture, toObjectForm, withLogFields } from '../../support/fixtures.js';
import { runCli, tempFolder } from '../../support/run-cli.js';

// Every value below is a secret: none may appear in any output, whatever went wrong near it.
const API_KEY = 'SECRET-API-KEY-7f3a9c';
const BODY = 'SECRET-BODY-VALUE-d41e';

const tenant = withLogFields(loadFixture('samples/create_tenant.2026.string-form.json'), { api_key: API_KEY });
const objectTenant = toObjectForm(tenant);

function withDetailEvent(text: string) {
  return { ...tenant, detail: { ...(tenant.detail as object), event: text } };
}

const files: Record<string, string> = {
  // Wrong types next to the secrets.
  'wrong-types.json': JSON.stringify(withLogFields(tenant, { http_status: 201, request_body: JSON.stringify({ name: BODY, attributes: BODY }) })),
  // A secret where a string is expected to be an object, in the object form.
  'object-form.json': JSON.stringify(withLogFields(objectTenant, { response_body: { id: BODY, name: 7, attributes: BODY } })),
  // detail.event is a JSON string broken right after the api_key.
  'broken-log.json': JSON.stringify(withDetailEvent(`{"api_key":"${API_KEY}" "request_body": "${BODY}"`)),
  // A body that is a broken JSON string holding the secret.
  'broken-body.json': JSON.stringify(withLogFields(tenant, { response_body: `{"password": "${BODY}"` })),
  // The whole file is broken JSON right at the secrets (V8's message would quote them).
  'broken-file.json': `{"api_key": "${API_KEY}" x "${BODY}"}`,
  'broken-quote.json': `{'api_key': '${API_KEY}', 'body': '${BODY}'}`,
  // JSON Lines with broken lines and invalid events.
  'events.jsonl': [
    `{"api_key": "${API_KEY}", oops "${BODY}"}`,
    JSON.stringify(withLogFields(tenant, { api_key: 12, request_body: BODY })),
    `"${API_KEY}"`,
    `${BODY}`,
  ].join('\n'),
  // Drift that strict mode reports: unknown fields whose values are secrets.
  'drift.json': JSON.stringify({
    ...withLogFields(tenant, { extra_log_field: API_KEY, request_body: JSON.stringify({ name: 'n', attributes: {}, unknown_body_field: BODY }) }),
    extra: BODY,
  }),
  // Secrets in an array, with event types that are not plain names.
  'array.json': JSON.stringify([
    { ...tenant, detail: { ...(tenant.detail as object), event_type: API_KEY + '\n' } },
    { ...objectTenant, time: BODY },
  ]),
};

describe('validate never prints api_key or body values', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeAll(() => {
    folder = tempFolder(files);
  });
  afterAll(() => folder.remove());

  const cases = ['text', 'json', 'github'].flatMap((format) => [
    [format, false],
    [format, true],
  ]) as [string, boolean][];

  it.each(cases)('--format %s, strict %s', async (format, strict) => {
    const argv = ['validate', '--format', format, ...(strict ? ['--strict'] : []), '.'];
    const result = await runCli(argv, { cwd: folder.path, tty: true, tick: 1000 });
    // Every file fails, so each was read and reported.
    expect(result.code).toBe(1);
    for (const name of Object.keys(files)) expect(result.stdout).toContain(format === 'github' ? `file=${name}` : name);
    const output = result.stdout + result.stderr;
    expect(output).not.toContain('SECRET');
    expect(output).not.toContain('7f3a9c');
    expect(output).not.toContain('d41e');
  });

  it('still names what is wrong: positions, paths and types', async () => {
    const result = await runCli(['validate', '--strict', '.'], { cwd: folder.path });
    expect(result.stdout).toContain('FAIL broken-file.json: not valid JSON (line 1, column 37)');
    expect(result.stdout).toContain('events.jsonl:1 not valid JSON (column 38)');
    expect(result.stdout).toContain('broken-log.json create_tenant at detail.event: expected a JSON string, but it is not valid JSON');
    expect(result.stdout).toContain('drift.json create_tenant at detail.event.extra_log_field: field is not in the SaaSus event format');
    expect(result.stdout).toContain('array.json[0] (no event_type) at detail.event_type: event_type is not in the SaaSus catalogue');
  });
});
