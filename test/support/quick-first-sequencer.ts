import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The file order of vitest.stryker.config.ts. Stryker stops a mutant's run at its first failing
 * test, and most mutants fail one: so the files that failed in the last run go first (the next
 * mutant is often a neighbour of the last), then the quickest. Vitest's own order runs the
 * slowest first, for a run that does not stop early.
 */
export class QuickFirstSequencer extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const lastResult = (file: TestSpecification) => cache.getFileTestResults(`${file.project.name}:${relative(config.root, file.moduleId)}`);
    return Promise.resolve(
      [...files].sort((a, b) => {
        if (a.project.name !== b.project.name) return projectOrder(a, b);
        const [lastA, lastB] = [lastResult(a), lastResult(b)];
        const [failedA, failedB] = [lastA?.failed === true, lastB?.failed === true];
        if (failedA !== failedB) return failedA ? -1 : 1;
        return (lastA?.duration ?? 0) - (lastB?.duration ?? 0);
      }),
    );
  }
}

/** Projects run one after the other: the one with a runner per file, which costs more per file, last. */
function projectOrder(a: TestSpecification, b: TestSpecification): number {
  if (a.project.config.isolate !== b.project.config.isolate) return a.project.config.isolate ? 1 : -1;
  return a.project.name < b.project.name ? -1 : 1;
}
