import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The zod-based exports, all in `saasus-eventbridge/zod`, none in the root entry point. */
const ZOD_EXPORTS = [
  'DateTimeSchema',
  'EventBridgeEnvelopeSchema',
  'SaasusEventDetailSchema',
  'SaasusEventSchema',
  'apiCallLogSchema',
  'createSaasusEventDetailSchema',
  'createSaasusEventSchema',
  'getEventSchema',
  'jsonBody',
  'jsonOrValue',
].sort();

/** One module's imports and re-exports: those that remain at run time, and all, `import type` included. */
function specifiersOf(source: string): { runtime: string[]; all: string[] } {
  // Comments may mention imports; strings in this code base hold no import statements.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^[ \t]*\/\/.*$/gm, '');
  const runtime: string[] = [];
  const all: string[] = [];
  for (const match of code.matchAll(/^[ \t]*(?:import|export)(\s+type\b)?[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm)) {
    if (match[1] === undefined) runtime.push(match[2]!);
    all.push(match[2]!);
  }
  for (const match of code.matchAll(/^[ \t]*import\s*['"]([^'"]+)['"]/gm)) runtime.push(match[1]!), all.push(match[1]!);
  for (const match of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) runtime.push(match[1]!), all.push(match[1]!);
  return { runtime, all };
}

/** One module's imports and re-exports that remain at run time (not `import type`, `export type`). */
function runtimeSpecifiers(source: string): string[] {
  return specifiersOf(source).runtime;
}

/**
 * Every source file an entry point loads at run time (or, with `types`, every file its code and
 * declarations reach, `import type` included), and the packages they import.
 */
function runtimeGraph(entry: string, types = false): { files: Set<string>; packages: Map<string, string[]> } {
  const files = new Set<string>();
  const packages = new Map<string, string[]>();
  const pending = [resolve(root, entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const name = relative(root, file);
    if (files.has(name)) continue;
    files.add(name);
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))[types ? 'all' : 'runtime']) {
      if (!specifier.startsWith('.')) {
        packages.set(specifier, [...(packages.get(specifier) ?? []), name]);
        continue;
      }
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.ts'));
      const resolved = existsSync(target) ? target : join(target, 'index.ts');
      if (!existsSync(resolved)) throw new Error(`${name}: cannot resolve ${specifier}`);
      pending.push(resolved);
    }
  }
  return { files, packages };
}

const importersOfZod = (packages: Map<string, string[]>) =>
  [...packages].filter(([specifier]) => specifier === 'zod' || specifier.startsWith('zod/')).flatMap(([, importers]) => importers);

describe('entry points and zod', () => {
  it.each([
    ['the root entry point', 'src/index.ts', 'src/decoder/parse-event.ts'],
    ['saasus-eventbridge/testing', 'src/testing/index.ts', 'src/catalogue/catalogue.ts'],
    ['the command line', 'src/cli/bin.ts', 'src/decoder/parse-event.ts'],
  ])('%s loads no zod at run time', (_name, entry, reached) => {
    const { files, packages } = runtimeGraph(entry);
    expect(files).toContain(reached);
    expect(importersOfZod(packages)).toEqual([]);
  });

  it('finds zod where it is imported, so that the walk above is not vacuous', () => {
    const { files, packages } = runtimeGraph('src/zod/index.ts');
    expect(files).toContain('src/zod/event.ts');
    expect(importersOfZod(packages)).toContain('src/zod/envelope.ts');
  });

  it.each([
    ['the root entry point', 'src/index.ts'],
    ['saasus-eventbridge/testing', 'src/testing/index.ts'],
    ['the command line', 'src/cli/bin.ts'],
  ])('%s reaches no module of src/zod/, not even through a type', (_name, entry) => {
    const { files, packages } = runtimeGraph(entry, true);
    expect(files).toContain('src/envelope/types.ts');
    expect([...files].filter((file) => file.startsWith('src/zod/'))).toEqual([]);
    expect(importersOfZod(packages)).toEqual([]);
  });

  it('only modules of src/zod/ import zod, in any form', () => {
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const importers = sources.filter((file) => specifiersOf(readFileSync(join(root, 'src', file), 'utf8')).all.some((specifier) => specifier === 'zod' || specifier.startsWith('zod/')));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !file.startsWith('zod/'))).toEqual([]);
  });

  it('reads type-only imports as such, and every other form as a run-time import', () => {
    const source = [
      "import type { z } from 'zod';",
      "export type { A } from './a.js';",
      "import { type B } from 'kept-by-verbatim-module-syntax';",
      "import {\n  c,\n  d,\n} from './c.js';",
      "export * from './e.js';",
      "import 'side-effect';",
      "const f = await import('./f.js');",
      "// import { g } from 'a-comment';",
    ].join('\n');
    expect(runtimeSpecifiers(source)).toEqual(['kept-by-verbatim-module-syntax', './c.js', './e.js', 'side-effect', './f.js']);
    expect(specifiersOf(source).all).toEqual(['zod', './a.js', 'kept-by-verbatim-module-syntax', './c.js', './e.js', 'side-effect', './f.js']);
  });

  it('saasus-eventbridge/zod exports exactly the zod-based names', async () => {
    expect(Object.keys(await import('../src/zod/index.js')).sort()).toEqual(ZOD_EXPORTS);
  });

  it('the root entry point exports none of them, and keeps toJsonSchema', async () => {
    const names = Object.keys(await import('../src/index.js'));
    expect(names.filter((name) => ZOD_EXPORTS.includes(name))).toEqual([]);
    expect(names).toContain('toJsonSchema');
    expect(names).toContain('parseEvent');
  });
});
