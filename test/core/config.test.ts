import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configure, isJitless } from '../../src/core/config.js';

interface Run {
  readonly generated: number;
  readonly outcomes: unknown[];
}

function decodeCountingCodeGeneration(...flags: string[]): Run {
  const script = fileURLToPath(new URL('../support/count-code-generation.ts', import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, ...flags], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as Run;
}

describe('configure({ jitless })', () => {
  it('is off by default, and keeps a setting that a call leaves out', () => {
    expect(isJitless()).toBe(false);
    try {
      configure({ jitless: true });
      expect(isJitless()).toBe(true);
      configure({});
      expect(isJitless()).toBe(true);
    } finally {
      configure({ jitless: false });
    }
    expect(isJitless()).toBe(false);
  });

  it('never lets the library call Function, and changes no outcome', () => {
    const compiling = decodeCountingCodeGeneration();
    const jitless = decodeCountingCodeGeneration('--jitless');
    // Without the switch, shapes used past the tier-up count are compiled: the counter works.
    expect(compiling.generated).toBeGreaterThan(0);
    expect(jitless.generated).toBe(0);
    expect(jitless.outcomes.length).toBeGreaterThan(500);
    expect(jitless.outcomes).toEqual(compiling.outcomes);
  }, 120_000);
});
