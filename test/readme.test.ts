import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The user documentation: README.md and the pages of docs/ (not the generated API reference in docs/api/). */
const documents = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(root, 'docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];
const examples = readdirSync(join(root, 'examples'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => read(`examples/${file}`));

/** Issue 15: the README stays short; details go to docs/. */
const README_MAX_BYTES = 20_000;

const FENCE = /^ {0,3}```/;

/** The text outside fenced code blocks, line by line (code is neither a heading nor a link). */
function proseLines(markdown: string): string[] {
  const lines: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence) lines.push(line);
  }
  return lines;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every anchor of a Markdown file's headings (a repeated heading gets -1, -2, … as on GitHub). */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    if (heading === null) continue;
    const slug = headingSlug(heading[1]!);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** The targets of the Markdown links of a file, outside code blocks and code spans. */
function linkTargets(markdown: string): string[] {
  const prose = proseLines(markdown).join('\n').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
}

/** Why a relative link of `document` is broken, or `undefined` when it leads somewhere. */
function brokenLink(document: string, target: string): string | undefined {
  const [pathPart = '', anchor] = target.split('#');
  const file = pathPart === '' ? document : relative(root, join(root, dirname(document), pathPart));
  if (!existsSync(join(root, file))) return `${file} does not exist`;
  if (anchor === undefined || !file.endsWith('.md')) return undefined;
  return anchorsOf(read(file)).has(anchor) ? undefined : `${file} has no heading with the anchor #${anchor}`;
}

describe.each(documents)('%s', (document) => {
  const text = read(document);
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

  // `tsc --noEmit` type-checks examples/; this keeps every TypeScript block of the documentation in one of them.
  it.each(blocks.map((block) => [block.split('\n').find((line) => line.includes('(')) ?? block.slice(0, 40), block]))(
    'block "%s" is type-checked as part of examples/',
    (_title, block) => {
      expect(examples.some((example) => example.includes(block))).toBe(true);
    },
  );

  it('links only to files and headings that exist', () => {
    const relativeLinks = linkTargets(text).filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
    const broken = relativeLinks.map((target) => [target, brokenLink(document, target)]).filter(([, problem]) => problem !== undefined);
    expect(broken).toEqual([]);
  });
});

describe('README', () => {
  const readme = read('README.md');

  it(`is at most ${README_MAX_BYTES} bytes (details go to docs/)`, () => {
    expect(Buffer.byteLength(readme, 'utf8')).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('has TypeScript examples', () => {
    expect([...readme.matchAll(/```ts\n/g)].length).toBeGreaterThanOrEqual(4);
  });

  it('opens with the two commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock).toContain('npm install && npm run validate-fixtures');
    expect(firstBlock).toContain('npm install && npm test');
  });

  it('links to the documentation index, and the index to every page of docs/', () => {
    expect(linkTargets(readme)).toContain('docs/README.md');
    const index = linkTargets(read('docs/README.md'));
    const pages = documents.filter((document) => document.startsWith('docs/') && document !== 'docs/README.md');
    expect(pages.filter((page) => !index.includes(page.slice('docs/'.length)))).toEqual([]);
  });
});

describe('the documentation checks', () => {
  it('find broken links and anchors', () => {
    expect(brokenLink('README.md', 'docs/no-such-page.md')).toBe('docs/no-such-page.md does not exist');
    expect(brokenLink('docs/lambda.md', 'parsing.md#no-such-heading')).toBe('docs/parsing.md has no heading with the anchor #no-such-heading');
    expect(brokenLink('docs/lambda.md', '#no-such-heading')).toBe('docs/lambda.md has no heading with the anchor #no-such-heading');
    expect(brokenLink('docs/lambda.md', '../README.md#install')).toBeUndefined();
  });

  it('read links outside code only', () => {
    expect(linkTargets('[a](x.md) `[b](y.md)`\n```md\n[c](z.md)\n```\n[d](w.md#e)')).toEqual(['x.md', 'w.md#e']);
  });

  it('give headings the anchors GitHub gives them', () => {
    expect(headingSlug('Handler types and @types/aws-lambda')).toBe('handler-types-and-typesaws-lambda');
    expect(headingSlug('Standard Schema: `eventSchema`')).toBe('standard-schema-eventschema');
    expect([...anchorsOf('# A\n## B\n```sh\n# not a heading\n```\n## B\n')]).toEqual(['a', 'b', 'b-1']);
  });
});
