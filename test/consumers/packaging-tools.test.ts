import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findMissingExamples, type ReflectionJson } from '../../scripts/packaging/api-examples.js';
import { findCopies } from '../../scripts/packaging/lint-tarball.js';
import { admitsVersion, lowestVersionOf } from '../../scripts/packaging/other-zod-version.js';
import { checkoutFiles } from '../../scripts/packaging/pack.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// TypeDoc ReflectionKind values used below.
const MODULE = 2;
const VARIABLE = 32;
const FUNCTION = 64;
const INTERFACE = 256;

const example = { blockTags: [{ tag: '@example', content: [{ text: '```ts\nparseEvent(input);\n```' }] }] };
const source = (fileName: string) => [{ fileName }];

describe('findMissingExamples (the @example rule of npm run check:package)', () => {
  it('finds a function whose signature has no @example, and accepts one whose signature has', () => {
    const project: ReflectionJson = {
      name: 'saasus-eventbridge',
      kind: 1,
      children: [
        { name: 'parseEvent', kind: FUNCTION, sources: source('src/decoder/parse-event.ts'), signatures: [{ comment: example }] },
        { name: 'getTraceId', kind: FUNCTION, sources: source('src/envelope/trace-id.ts'), signatures: [{ comment: { blockTags: [] } }] },
      ],
    };
    const report = findMissingExamples(project);
    expect(report.checked).toEqual(['.:parseEvent', '.:getTraceId']);
    expect(report.missing).toEqual([{ entryPoint: '.', name: 'getTraceId', source: 'src/envelope/trace-id.ts' }]);
  });

  it('treats an empty @example as missing', () => {
    const empty = { blockTags: [{ tag: '@example', content: [{ text: '  ' }] }] };
    const report = findMissingExamples({
      name: 'p',
      kind: 1,
      children: [{ name: 'eventTypes', kind: VARIABLE, sources: source('src/catalogue/event-types.ts'), comment: empty }],
    });
    expect(report.missing.map((entry) => entry.name)).toEqual(['eventTypes']);
  });

  it('reads every entry point of a project with several, generated declarations included', () => {
    const project: ReflectionJson = {
      name: 'saasus-eventbridge',
      kind: 1,
      children: [
        {
          name: 'index',
          kind: MODULE,
          children: [
            { name: 'Tenant', kind: INTERFACE, sources: source('src/generated/types.ts') },
            { name: 'SaasusEvent', kind: INTERFACE, sources: source('src/envelope/types.ts'), comment: example },
          ],
        },
        { name: 'testing', kind: MODULE, children: [{ name: 'createTestEvent', kind: FUNCTION, sources: source('src/testing/create-test-event.ts'), signatures: [{}] }] },
      ],
    };
    const report = findMissingExamples(project);
    expect(report.generated).toBe(1);
    expect(report.checked).toEqual(['index:Tenant', 'index:SaasusEvent', 'testing:createTestEvent']);
    expect(report.missing).toEqual([
      { entryPoint: 'index', name: 'Tenant', source: 'src/generated/types.ts' },
      { entryPoint: 'testing', name: 'createTestEvent', source: 'src/testing/create-test-event.ts' },
    ]);
  });
});

describe('lowestVersionOf (the zod version of the other-zod-version consumer)', () => {
  it('gives the lower end of a caret range', () => {
    expect(lowestVersionOf('^4.1.0')).toBe('4.1.0');
  });

  it('refuses a range it cannot read, rather than testing the wrong version', () => {
    expect(() => lowestVersionOf('>=4.1.0 <5')).toThrow(/not of the form \^X\.Y\.Z/);
  });
});

describe('admitsVersion (is a real zod release inside the peer range?)', () => {
  it('admits the floor and later versions of the same major', () => {
    expect(admitsVersion('^4.5.0', '4.5.0')).toBe(true);
    expect(admitsVersion('^4.5.0', '4.6.7')).toBe(true);
    expect(admitsVersion('^4.5.0', '4.10.0')).toBe(true);
  });

  it('refuses a lower version and another major', () => {
    expect(admitsVersion('^4.5.0', '4.4.3')).toBe(false);
    expect(admitsVersion('^4.5.0', '4.1.0')).toBe(false);
    expect(admitsVersion('^4.5.0', '5.0.0')).toBe(false);
    expect(admitsVersion('^4.5.0', '3.25.76')).toBe(false);
  });
});

describe('checkoutFiles (what a clean checkout holds, for the packed tarball)', () => {
  it('keeps what git lists, without build output or installed packages, even committed ones', () => {
    const listed = ['package.json', 'src/index.ts', 'dist/index.js', 'test/consumers/x/node_modules/a/index.js', 'src/distance.ts', ''];
    expect(checkoutFiles(listed)).toEqual(['package.json', 'src/index.ts', 'src/distance.ts']);
  });
});

describe('findCopies (one decoder and catalogue per module format)', () => {
  const catalogue = ['{"operationId":"CreateTenant"}', '{"object":{"id":"string"}}'];
  const shared = `var SaasusEventError = class extends Error {};\nconst texts = ['${catalogue.join("', '")}'];`;

  it('accepts entry points that share one chunk', () => {
    const files = new Map([
      ['dist/chunk-A.cjs', shared],
      ['dist/index.cjs', "var chunk = require('./chunk-A.cjs');"],
      ['dist/zod.cjs', "var chunk = require('./chunk-A.cjs');"],
    ]);
    expect(findCopies(files, catalogue)).toEqual([]);
  });

  it('reports entry points that each hold a copy, and each copy of an error class, in either form', () => {
    const files = new Map([
      ['dist/index.cjs', shared],
      ['dist/zod.cjs', shared.replace('var SaasusEventError = class', 'class SaasusEventError2')],
    ]);
    expect(findCopies(files, catalogue)).toEqual([
      'a catalogue text is in 2 files: dist/index.cjs, dist/zod.cjs',
      'class SaasusEventError is defined 2 times: dist/index.cjs, dist/zod.cjs',
    ]);
  });

  it('reports a catalogue text found nowhere, and a build without error classes, rather than passing on nothing', () => {
    expect(findCopies(new Map([['dist/index.cjs', 'const texts = [];']]), catalogue)).toEqual([
      '2 of 2 catalogue texts are in no file',
      'no error class is defined in any file',
    ]);
  });
});

// Each test starts node: a slow machine needs more than the default 5 s (no timing is asserted).
describe('the "prepare" script (builds for a git install, not for a checkout\'s own npm ci)', { timeout: 60_000 }, () => {
  const prepare = (initCwd: string) =>
    spawnSync(process.execPath, [join(repoRoot, 'scripts', 'packaging', 'prepare.mjs'), '--dry-run'], {
      cwd: repoRoot,
      env: { ...process.env, INIT_CWD: initCwd },
      encoding: 'utf8',
    });

  it('does not build when npm was started in the checkout or below it', () => {
    for (const initCwd of [repoRoot, join(repoRoot, 'src')]) {
      const result = prepare(initCwd);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/npm was started in this checkout; no build/);
    }
  });

  it('builds when npm prepares the package for another project (an install from a git URL)', () => {
    const result = prepare(tmpdir());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`npm is preparing the package for ${tmpdir()}: building dist/`);
  });
});
