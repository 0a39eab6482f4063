import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { packageVersion } from '../../src/cli/package-version.js';
import manifest from '../../package.json' with { type: 'json' };

const root = mkdtempSync(join(tmpdir(), 'package-version-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A module URL in `root/<folder>`, with the given package.json texts by folder. */
function moduleIn(folder: string, manifests: Record<string, string>): URL {
  const base = mkdtempSync(join(root, 'case-'));
  mkdirSync(join(base, folder), { recursive: true });
  for (const [dir, text] of Object.entries(manifests)) writeFileSync(join(base, dir, 'package.json'), text);
  return pathToFileURL(join(base, folder, 'cli.js'));
}

const ours = (version: unknown) => JSON.stringify({ name: 'saasus-eventbridge', version });

describe('packageVersion', () => {
  it("reads this repository's version from src/cli/", () => {
    expect(packageVersion()).toBe(manifest.version);
  });

  it('finds the package root above the module', () => {
    expect(packageVersion(moduleIn('dist', { '.': ours('1.2.3') }))).toBe('1.2.3');
    expect(packageVersion(moduleIn('a/b/c', { a: ours('2.0.0') }))).toBe('2.0.0');
  });

  it("passes over another package's manifest, one without a version string, and one that is not JSON", () => {
    const url = moduleIn('node_modules/x/dist', {
      '.': ours('3.1.4'),
      'node_modules/x': JSON.stringify({ name: 'other', version: '9.9.9' }),
      'node_modules/x/dist': ours(5),
      'node_modules': '{ not json',
    });
    expect(packageVersion(url)).toBe('3.1.4');
  });

  it('is "unknown" when no manifest above is this package\'s', () => {
    expect(packageVersion(moduleIn('a/b', { a: JSON.stringify({ name: 'other', version: '1.0.0' }) }))).toBe('unknown');
  });
});
