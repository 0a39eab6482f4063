import { describe, expect, it, vi } from 'vitest';
import { readText } from '../../src/cli/read-events.js';
import { runCli, tempFolder } from './run-cli.js';

// Tests run as root here, where file permissions do not stop reads: a file that cannot be read
// is simulated by failing the open of one name.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    openSync: (...args: Parameters<typeof actual.openSync>) => {
      if (String(args[0]).endsWith('locked.json')) throw Object.assign(new Error(`EACCES: permission denied, open '${String(args[0])}'`), { code: 'EACCES' });
      return actual.openSync(...args);
    },
  };
});

describe('an unreadable file', () => {
  it('is a reported failure with its error code, and the run goes on', async () => {
    const folder = tempFolder({ 'locked.json': '{}', 'other.json': '[]' });
    try {
      for (const format of ['text', 'json', 'github']) {
        const result = await runCli(['validate', '--format', format, '.'], { cwd: folder.path });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('cannot read the file (EACCES)');
        expect(result.stdout).toMatch(/"failed": 1,|^0 passed, 1 failed$/m);
      }
      const text = await runCli(['validate', '.'], { cwd: folder.path });
      expect(text.stdout).toBe('FAIL locked.json: cannot read the file (EACCES)\nok   other.json (0 events)\n0 passed, 1 failed\n');
    } finally {
      folder.remove();
    }
  });

  it('readText refuses what is not a regular file', () => {
    const folder = tempFolder({ 'a/b.json': '{}' });
    try {
      expect(readText(`${folder.path}/a`)).toEqual({ error: 'cannot read the file (not a regular file)' });
      expect(readText(`${folder.path}/missing.json`)).toEqual({ error: 'cannot read the file (ENOENT)' });
      expect(readText(`${folder.path}/a/b.json`)).toBe('{}');
    } finally {
      folder.remove();
    }
  });
});
