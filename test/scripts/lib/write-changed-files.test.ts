import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeChangedFiles } from '../../../scripts/lib/write-changed-files.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeChangedFiles', () => {
  it('writes new and changed files, creating folders, and leaves unchanged ones untouched', () => {
    root = mkdtempSync(join(tmpdir(), 'write-changed-'));
    writeFileSync(join(root, 'same.txt'), 'same');
    writeFileSync(join(root, 'old.txt'), 'old');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(root, 'same.txt'), past, past);

    const written = writeChangedFiles(
      root,
      new Map([
        ['same.txt', 'same'],
        ['old.txt', 'new'],
        ['deep/er/file.txt', 'created'],
      ]),
    );

    expect(written).toBe(2);
    expect(readFileSync(join(root, 'old.txt'), 'utf8')).toBe('new');
    expect(readFileSync(join(root, 'deep/er/file.txt'), 'utf8')).toBe('created');
    expect(statSync(join(root, 'same.txt')).mtime).toEqual(past);
  });
});
