/**
 * The parts of a mutation run (mutation-parts.json): each names its subjects under `src/`, which
 * stryker.config.mjs mutates and vitest.stryker.config.ts judges by their mirror tests.
 */
import { readFileSync } from 'node:fs';

export type MutationParts = Readonly<Record<string, readonly string[]>>;

/** The part table of the repository at `root`. */
export function readMutationParts(root = '.'): MutationParts {
  return JSON.parse(readFileSync(`${root}/mutation-parts.json`, 'utf8')) as MutationParts;
}

/** Where Stryker writes the JSON report of `part` (stryker.config.mjs). */
export function reportPathOf(part: string): string {
  return `reports/mutation/${part}/mutation.json`;
}
