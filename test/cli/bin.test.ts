import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture, loadFixtures, withLogFields } from '../support/fixtures.js';
import { tempFolder } from '../support/run-cli.js';

// The built command, as `npx saasus-eventbridge` runs it (npm test builds before vitest runs).
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};

function run(...argv: string[]) {
  return spawnSync(process.execPath, [bin, ...argv], { cwd: root, encoding: 'utf8' });
}

describe('dist/cli.js', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeAll(() => {
    folder = tempFolder({ 'bad.json': JSON.stringify(withLogFields(loadFixture('samples/create_tenant.2023.object-form.json'), { ttl: 7 })) });
  });
  afterAll(() => folder.remove());

  it('is the package bin, built, with a node shebang', () => {
    expect(manifest.bin['saasus-eventbridge']).toBe('./dist/cli.js');
    expect(existsSync(bin)).toBe(true);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('exits 0 on the repository fixtures, with clean stderr through a pipe', () => {
    const result = run('validate', '--strict', 'fixtures');
    expect(result.status).toBe(0);
    const count = loadFixtures().length;
    expect(result.stdout).toBe(`${count} passed, 0 failed (${count} events in ${count} files)\n`);
    expect(result.stderr).toBe('');
  });

  it('exits 1 on an invalid event', () => {
    const result = run('validate', `${folder.path}/bad.json`);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('create_tenant at detail.event.ttl: expected string, received number');
    expect(result.stderr).toBe('');
  });

  it('exits 2 on bad usage, with the message on stderr', () => {
    const result = run('validate', '--format', 'yaml', 'fixtures');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown value "yaml" for --format: use text, json or github');
  });

  it('prints the version of the package.json beside dist/', () => {
    const result = run('--version');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${manifest.version}\n`);
  });

  it('exits quietly when the reader closes the pipe early', async () => {
    const child = spawn(process.execPath, [bin, 'schema'], { cwd: root });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
