import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeAllFixtures } from '../support/decode-all-fixtures.js';

describe('runtimes that forbid new Function', () => {
  it('decode every fixture, valid and broken, to the same outcome with closures', () => {
    const script = fileURLToPath(new URL('../support/decode-all-fixtures.ts', import.meta.url));
    const child = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--import', 'tsx', script, '--print-outcomes'], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const { allowsNewFunction, outcomes } = JSON.parse(child.stdout) as { allowsNewFunction: boolean; outcomes: unknown[] };
    expect(allowsNewFunction).toBe(false);
    const here = decodeAllFixtures();
    expect(here.length).toBeGreaterThan(800);
    // The broken copies do fail, so that issues are compared too.
    expect(here.filter((entry) => Array.isArray((entry as { outcome: unknown }).outcome)).length).toBeGreaterThan(300);
    expect(outcomes).toEqual(here);
  });
});
