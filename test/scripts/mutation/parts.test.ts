import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { partTests, readMutationParts, reportPathOf } from '../../../scripts/mutation/parts.js';

const parts = readMutationParts();
const subjects = Object.values(parts).flat();

describe('mutation-parts.json', () => {
  it('puts every hand-written entry of src/ in exactly one part', () => {
    const handWritten = readdirSync('src').filter((entry) => entry !== 'generated' && entry !== 'index.ts');
    expect([...subjects].sort()).toEqual(handWritten.sort());
  });

  it('gives every subject a mirror test under test/', () => {
    const withoutTests = subjects.filter((subject) => !existsSync(`test/${subject.replace(/\.ts$/, '.test.ts')}`));
    expect(withoutTests).toEqual([]);
  });
});

describe('partTests', () => {
  it("judges a part by its subjects' mirror tests and the hostile layer", () => {
    expect(partTests(['cli', 'errors.ts'])).toEqual(['test/cli/**/*.test.ts', 'test/errors.test.ts', 'test/hostile/**/*.test.ts']);
  });
});

describe('stryker.config.mjs', () => {
  // Imported afresh for each part: the configuration reads MUTATION_PART when it loads.
  const configOf = async (part: string) => {
    vi.stubEnv('MUTATION_PART', part);
    const url = `${pathToFileURL('stryker.config.mjs').href}?part=${encodeURIComponent(part)}`;
    try {
      return ((await import(url)) as { default: { mutate: string[]; jsonReporter: { fileName: string } } }).default;
    } finally {
      vi.unstubAllEnvs();
    }
  };

  it.each(Object.keys(parts))('mutates the subjects of part %s and reports where the score reads', async (part) => {
    const config = await configOf(part);
    expect(config.jsonReporter.fileName).toBe(reportPathOf(part));
    const globs = config.mutate.filter((glob) => !glob.startsWith('!'));
    expect(globs.map((glob) => glob.replace(/^src\/|\/\*\*\/\*\.ts$/g, ''))).toEqual(parts[part]);
  });

  it('refuses a part that is not in the table', async () => {
    await expect(configOf('no-such-part')).rejects.toThrow('MUTATION_PART must name a part of mutation-parts.json');
  });
});
