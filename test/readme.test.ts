import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const examples = readdirSync(new URL('examples/', root))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(new URL(`examples/${file}`, root), 'utf8'));

// `tsc --noEmit` type-checks examples/; this keeps every TypeScript block of the README in one of them.
describe('README', () => {
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

  it('has TypeScript examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it.each(blocks.map((block) => [block.split('\n').find((line) => line.includes('(')) ?? block.slice(0, 40), block]))(
    'block "%s" is type-checked as part of examples/',
    (_title, block) => {
      expect(examples.some((example) => example.includes(block))).toBe(true);
    },
  );

  it('opens with the two commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock).toContain('npm install && npm run validate-fixtures');
    expect(firstBlock).toContain('npm install && npm test');
  });
});
