import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueOperations, isEarlierVersion } from '../../src/catalogue/catalogue.js';
import { saasusEventPattern, toJsonSchema } from '../../src/index.js';
import { runCli } from '../support/run-cli.js';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('schema', () => {
  it('prints the JSON Schema of every event, decoded by default', async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(toJsonSchema());
  });

  it('prints one event type in the raw form', async () => {
    const result = await runCli(['schema', '--event-type', 'create_tenant', '--form', 'raw']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema).toEqual(toJsonSchema({ eventType: 'create_tenant', form: 'raw' }));
    expect(schema.title).toBe('SaaSus create_tenant event (raw)');
  });

  it.each([
    [['schema', '--event-type', 'create_tennant'], 'unknown event type "create_tennant" (did you mean "create_tenant"?): run "saasus-eventbridge list"'],
    [['schema', '--event-type', 'x\u001b[2J'], 'unknown event type "x\\u001b[2J": run "saasus-eventbridge list"'],
    [['schema', '--form', 'cooked'], 'unknown value "cooked" for --form: use decoded or raw'],
    [['schema', 'extra'], 'unexpected argument "extra": schema takes options only'],
  ])('exits 2 on %j', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});

describe('pattern', () => {
  it('prints the pattern of every SaaSus event', async () => {
    const result = await runCli(['pattern']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ source: [{ prefix: 'aws.partner/saasus.io' }] });
  });

  it('narrows to the named event types with their alternative spellings', async () => {
    const result = await runCli(['pattern', '--event-type', 'create_tenant', '--event-type', 'create_eventbridge_test_event']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      source: [{ prefix: 'aws.partner/saasus.io' }],
      detail: { event_type: ['create_tenant', 'create_eventbridge_test_event', 'create_event_bridge_test_event'] },
    });
    expect(JSON.parse(result.stdout)).toEqual(saasusEventPattern({ eventTypes: ['create_tenant', 'create_eventbridge_test_event'] }));
  });

  it('exits 2 on an unknown event type', async () => {
    const result = await runCli(['pattern', '--event-type', 'create_tenant', '--event-type', 'launch_rocket']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown event type "launch_rocket": run "saasus-eventbridge list" to see the known ones');
    const typo = await runCli(['pattern', '--event-type', 'deleteTenant']);
    expect(typo.stderr).toContain('unknown event type "deleteTenant" (did you mean "delete_tenant"?)');
  });
});

describe('list', () => {
  const all = catalogueOperations();
  const operations = all.filter((operation) => !isEarlierVersion(operation));
  const earlier = all.filter(isEarlierVersion);
  const earlierHeading = 'Earlier versions of the specs (deprecated; their events still decode):';

  it('knows today\'s operations from those of earlier versions', () => {
    expect(operations).toHaveLength(216);
    expect(earlier.map((operation) => `${operation.api}.${operation.operationId}`)).toContain('apigateway.GetAllowedIps');
    expect(earlier).toHaveLength(all.length - 216);
  });

  it('fits an 80-column terminal: every event type under its API, and how to get the wide table', async () => {
    const result = await runCli(['list']);
    expect(result.code).toBe(0);
    const everyLine = result.stdout.trimEnd().split('\n');
    expect(everyLine.every((line) => line.length <= 80)).toBe(true);
    const lines = everyLine.slice(0, everyLine.indexOf(earlierHeading));
    expect(everyLine.slice(everyLine.indexOf(earlierHeading) + 1)).toEqual(earlier.map((operation) => `  ${operation.eventTypes[0]!} (${operation.api})`));
    expect(lines[0]).toBe(`${operations.length} event types by API ("list --wide" adds each one's method and path)`);
    const apis = [...new Set(operations.map((operation) => operation.api))];
    expect(lines.filter((line) => /^[a-z]/.test(line))).toEqual(apis);
    const listed = lines.filter((line) => /^  [a-z]/.test(line)).map((line) => line.trim().split(' ')[0]);
    expect(listed).toEqual(apis.flatMap((api) => operations.filter((operation) => operation.api === api).map((operation) => operation.eventTypes[0])));
    expect(lines).toContain('  create_eventbridge_test_event (also create_event_bridge_test_event)');
    // An alternative spelling too long to fit beside its name goes below it.
    const long = operations.find((operation) => operation.eventTypes.length > 1 && `  ${operation.eventTypes.join(' (also ')})`.length > 80)!;
    const at = lines.indexOf(`  ${long.eventTypes[0]!}`);
    expect(lines[at + 1]).toBe(`    (also ${long.eventTypes.slice(1).join(', ')})`);
  });

  it('prints the wide table with --wide: a header and one aligned line per operation', async () => {
    const result = await runCli(['list', '--wide']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(operations.length + 1 + 3 + earlier.length);
    expect(lines.slice(operations.length + 1, operations.length + 4)).toEqual(['', earlierHeading, lines[0]]);
    expect(lines.at(-1)).toMatch(/^update_allowed_ips +apigateway +PATCH +\/v1\/apigateway\/tenants\/\{tenant_id\}\/allowed-ips$/);
    expect(lines[0]).toMatch(/^EVENT TYPE +API +METHOD +PATH +ALSO SPELLED$/);
    expect(lines).toContainEqual(expect.stringMatching(/^create_tenant +auth +POST +\/v1\/auth\/tenants$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^create_eventbridge_test_event +integration +POST +\/v1\/integration\/eventbridge\/test-event +create_event_bridge_test_event$/),
    );
    const pathColumn = lines[0]!.indexOf('PATH');
    const rows = lines.filter((line) => line !== '' && line !== earlierHeading);
    expect(rows.every((line) => line[pathColumn - 1] === ' ' && line[pathColumn] !== ' ')).toBe(true);
  });

  it('prints JSON with --format json', async () => {
    const result = await runCli(['list', '--format', 'json']);
    const rows = JSON.parse(result.stdout);
    expect(rows).toHaveLength(all.length);
    expect(rows).toContainEqual({
      eventType: 'create_tenant',
      api: 'auth',
      operationId: 'CreateTenant',
      method: 'POST',
      path: '/v1/auth/tenants',
      alternatives: [],
      earlierVersion: false,
    });
    expect(rows.filter((row: { earlierVersion: boolean }) => row.earlierVersion)).toHaveLength(earlier.length);
  });
});

describe('help and version', () => {
  it.each(['validate', 'schema', 'pattern', 'list'])('%s --help prints its usage and exits 0', async (command) => {
    for (const argv of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const result = await runCli(argv);
      expect(result.code).toBe(0);
      expect(result.stdout.startsWith(`Usage: saasus-eventbridge ${command}`)).toBe(true);
      expect(result.stderr).toBe('');
    }
  });

  it('--help lists the commands', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = await runCli(argv);
      expect(result.code).toBe(0);
      for (const command of ['validate', 'schema', 'pattern', 'list']) expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  it('--version prints the version of package.json', async () => {
    for (const flag of ['--version', '-v']) {
      const result = await runCli([flag]);
      expect(result).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    }
  });

  it.each([
    [[], 'no command given'],
    [['launch'], 'unknown command "launch"\n'],
    [['help', 'launch'], 'unknown command "launch"\n'],
    [['validat', 'fixtures'], 'unknown command "validat" (did you mean "validate"?)'],
    [['help', 'lsit'], 'unknown command "lsit" (did you mean "list"?)'],
  ])('exits 2 with the usage on %j', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`saasus-eventbridge: ${message}`);
    expect(result.stderr).toContain('Usage: saasus-eventbridge <command>');
  });

  it('--help wins over other arguments, even wrong ones', async () => {
    const result = await runCli(['validate', '--bogus', '--format', 'xml', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('Usage: saasus-eventbridge validate')).toBe(true);
  });
});
