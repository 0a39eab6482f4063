/**
 * Reading the SDK's generated model declarations (scripts/import/sdk-snapshot.ts): names mapped to
 * the specs' component names, optionality, types in the shared vocabulary, and clear errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSdkSnapshot, sdkPascal } from '../../../scripts/import/sdk-snapshot.js';
import type { SchemaFacts } from '../../../scripts/import/snapshot.js';

const dir = mkdtempSync(join(tmpdir(), 'sdk-models-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function read(text: string): ReadonlyMap<string, SchemaFacts> {
  const file = join(dir, `Api.2023-01-01.${n++}.ts`);
  writeFileSync(file, text);
  return readSdkSnapshot(file).schemas;
}

function facts(schemas: ReadonlyMap<string, SchemaFacts>, name: string): SchemaFacts {
  const s = schemas.get(name);
  if (s === undefined) throw new Error(`no schema ${name}`);
  return s;
}

describe('readSdkSnapshot', { timeout: 60_000 }, () => {
  it('reads properties: without `?` required, types in the shared vocabulary', () => {
    const schemas = read(`
export interface Thing {
    'id': string;
    'count'?: number;
    'flags': Array<boolean>;
    'matrix': string[][];
    'extra': { [key: string]: any; };
    'other': Other | null;
    'either'?: Other | Thing;
}
export interface Other {
    'a': string;
}
`);
    expect(Object.fromEntries(facts(schemas, 'Thing').properties)).toEqual({
      id: { required: true, nullable: false, type: 'string' },
      count: { required: false, nullable: false, type: 'number' },
      flags: { required: true, nullable: false, type: 'boolean[]' },
      matrix: { required: true, nullable: false, type: 'string[][]' },
      extra: { required: true, nullable: false, type: 'record<unknown>' },
      other: { required: true, nullable: true, type: 'Other' },
      either: { required: false, nullable: false, type: 'Other|Thing' },
    });
    expect(facts(schemas, 'Thing').type).toBe('object');
  });

  it('maps the generator\'s names: ModelError, <Schema>AllOf, inline enums and inline objects', () => {
    const schemas = read(`
export interface ModelError {
    'message': string;
}
export interface Box {
    'kind': BoxKindEnum;
    'lid'?: BoxLid;
    'items': Array<BoxItemsInner>;
    'shape': Shape;
}
export interface BoxAllOf {
    'kind': BoxKindEnum;
}
export const BoxKindEnum = {
    Small: 'small',
    Large: 'large'
} as const;
export type BoxKindEnum = typeof BoxKindEnum[keyof typeof BoxKindEnum];
export const Shape = {
    Round: 'round',
    One: 1
} as const;
export type Shape = typeof Shape[keyof typeof Shape];
export interface BoxLid {
    'color': string;
}
export interface BoxItemsInner {
    'name': string;
}
export type Packing = Shape | Box;
`);
    expect([...schemas.keys()].sort()).toEqual(['Box', 'Box.items[]', 'Box.lid', 'Error', 'Packing', 'Shape']);
    expect(facts(schemas, 'Box').properties.get('kind')?.type).toBe('enum(large|small)');
    expect(facts(schemas, 'Box').properties.get('lid')?.type).toBe('object');
    expect(facts(schemas, 'Box').properties.get('items')?.type).toBe('object[]');
    expect(facts(schemas, 'Box').properties.get('shape')?.type).toBe('Shape');
    expect(facts(schemas, 'Shape').type).toBe('enum(1|round)');
    expect(facts(schemas, 'Packing').type).toBe('Box|Shape');
    expect(facts(schemas, 'Box.lid').properties.get('color')).toEqual({ required: true, nullable: false, type: 'string' });
  });

  it('places an inline object named after its title by the one property that refers to it', () => {
    const schemas = read(`
export interface Invite {
    'envs': Array<InvitedUserEnvironmentInformationInner>;
}
export interface InvitedUserEnvironmentInformationInner {
    'id': number;
}
`);
    expect([...schemas.keys()].sort()).toEqual(['Invite', 'Invite.envs[]']);
  });

  it('fails clearly on a title-named inline object referred to twice, an undeclared type, or code', () => {
    expect(() =>
      read(`
export interface A {
    'x': InvitedUserEnvironmentInformationInner;
    'y': InvitedUserEnvironmentInformationInner;
}
export interface InvitedUserEnvironmentInformationInner {
    'id': number;
}
`),
    ).toThrow(/InvitedUserEnvironmentInformationInner is referenced from 2 places, expected one/);
    expect(() => read(`export interface A {\n    'x': Missing;\n}\n`)).toThrow(/reference to undeclared Missing/);
    expect(() => read(`export function f() {}\n`)).toThrow(/unexpected statement FunctionDeclaration/);
    expect(() => read(`export interface A extends B {}\nexport interface B {}\n`)).toThrow(/A extends another type/);
  });
});

describe('sdkPascal', { timeout: 60_000 }, () => {
  it('writes a property name as the SDK generator does', () => {
    expect(sdkPascal('sign_in_id')).toBe('SignInId');
    expect(sdkPascal('type')).toBe('Type');
    expect(sdkPascal('mfa-configuration')).toBe('MfaConfiguration');
  });
});
