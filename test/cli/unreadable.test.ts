import { describe, expect, it, vi } from 'vitest';
import { readText } from '../../src/cli/read-events.js';
import { runCli, tempFolder } from '../support/run-cli.js';

// Tests run as root here, where file permissions do not stop reads: a file that cannot be read
// is simulated by failing the open of one name, a folder by failing the listing of one name.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  const denied = (path: unknown) => Object.assign(new Error(`EACCES: permission denied, '${String(path)}'`), { code: 'EACCES' });
  return {
    ...actual,
    openSync: (...args: Parameters<typeof actual.openSync>) => {
      if (String(args[0]).endsWith('locked.json')) throw denied(args[0]);
      return actual.openSync(...args);
    },
    readdir: (path: string, options: object, callback: (error: Error | null, entries?: unknown) => void) => {
      if (/locked-folder\/?$/.test(String(path))) {
        process.nextTick(() => callback(denied(path)));
        return;
      }
      actual.readdir(path, options as never, callback as never);
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
        expect(result.stdout).toMatch(/"failed": 1,|^0 passed, 1 failed /m);
      }
      const text = await runCli(['validate', '--verbose', '.'], { cwd: folder.path });
      expect(text.stdout).toBe('FAIL locked.json: cannot read the file (EACCES)\nok   other.json (0 events)\n0 passed, 1 failed (0 events in 2 files)\n');
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

describe('an unreadable folder', () => {
  const files = {
    'a.json': '[]',
    'sub/locked-folder/hidden.json': '[]',
    'sub/z.json': '[]',
    'locked-folder/x.json': '[]',
  };

  it('is reported, in its place among the files, like an unreadable file, at any depth', async () => {
    const folder = tempFolder(files);
    try {
      const text = await runCli(['validate', '--verbose', '.'], { cwd: folder.path });
      expect(text.code).toBe(1);
      expect(text.stdout).toBe(
        [
          'ok   a.json (0 events)',
          'FAIL locked-folder: cannot read this folder (EACCES)',
          'FAIL sub/locked-folder: cannot read this folder (EACCES)',
          'ok   sub/z.json (0 events)',
          '0 passed, 2 failed (0 events in 4 files)',
          '',
        ].join('\n'),
      );
      const json = JSON.parse((await runCli(['validate', '--format', 'json', '.'], { cwd: folder.path })).stdout);
      expect(json).toMatchObject({ ok: false, failed: 2 });
      expect(json.results[1]).toEqual({ file: 'locked-folder', ok: false, events: 0, failures: [], error: { message: 'cannot read this folder (EACCES)' } });
      const github = await runCli(['validate', '--format', 'github', '.'], { cwd: folder.path });
      expect(github.stdout).toContain('::error file=sub/locked-folder,title=Unreadable event file::cannot read this folder (EACCES)\n');
    } finally {
      folder.remove();
    }
  });

  it('is reported when named itself, instead of "holds no file"', async () => {
    const folder = tempFolder(files);
    try {
      const result = await runCli(['validate', 'sub/locked-folder'], { cwd: folder.path });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('FAIL sub/locked-folder: cannot read this folder (EACCES)\n0 passed, 1 failed (0 events in 1 file)\n');
    } finally {
      folder.remove();
    }
  });

  it('is reported when a glob pattern would walk it', async () => {
    const folder = tempFolder(files);
    try {
      const result = await runCli(['validate', 'sub/**/*.json'], { cwd: folder.path });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('FAIL sub/locked-folder: cannot read this folder (EACCES)\n0 passed, 1 failed (0 events in 2 files)\n');
    } finally {
      folder.remove();
    }
  });
});
