/**
 * The parts of a mutation run (mutation-parts.json): each names its subjects under `src/`, which
 * stryker.config.mjs mutates and vitest.stryker.config.ts judges by their mirror tests.
 */
import { readFileSync } from 'node:fs';

export type MutationParts = Readonly<Record<string, readonly string[]>>;

/** The part table of this repository, wherever the process runs (Stryker runs in a sandbox copy). */
export function readMutationParts(): MutationParts {
  return JSON.parse(readFileSync(new URL('../../mutation-parts.json', import.meta.url), 'utf8')) as MutationParts;
}

/**
 * The tests that judge a part: its subjects' mirror tests (`src/cli/` is judged by `test/cli/`,
 * `src/errors.ts` by `test/errors.test.ts`) and the hostile layer.
 */
export function partTests(subjects: readonly string[]): string[] {
  return [
    ...subjects.map((subject) => (subject.endsWith('.ts') ? `test/${subject.replace(/\.ts$/, '.test.ts')}` : `test/${subject}/**/*.test.ts`)),
    'test/hostile/**/*.test.ts',
  ];
}

/** Where Stryker writes the JSON report of `part` (stryker.config.mjs). */
export function reportPathOf(part: string): string {
  return `reports/mutation/${part}/mutation.json`;
}
