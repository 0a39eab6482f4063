import { describe, expect, it } from 'vitest';
import { findMissingExamples, type ReflectionJson } from '../../scripts/packaging/api-examples.js';
import { admitsVersion, lowestVersionOf } from '../../scripts/packaging/other-zod-version.js';

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
        { name: 'getTraceId', kind: FUNCTION, sources: source('src/helpers/trace-id.ts'), signatures: [{ comment: { blockTags: [] } }] },
      ],
    };
    const report = findMissingExamples(project);
    expect(report.checked).toEqual(['.:parseEvent', '.:getTraceId']);
    expect(report.missing).toEqual([{ entryPoint: '.', name: 'getTraceId', source: 'src/helpers/trace-id.ts' }]);
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
            { name: 'SaasusEvent', kind: INTERFACE, sources: source('src/types.ts'), comment: example },
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
