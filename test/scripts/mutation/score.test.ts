import { describe, expect, it } from 'vitest';
import { formatScoreTable, groupOf, scoreReports, type StrykerReport } from '../../../scripts/mutation/score.js';

const report = (files: Record<string, readonly string[]>): StrykerReport => ({
  files: Object.fromEntries(Object.entries(files).map(([file, statuses]) => [file, { mutants: statuses.map((status) => ({ status })) }])),
});

describe('groupOf', () => {
  it.each([
    ['src/core/shape-closures.ts', 'src/core'],
    ['src/cli/formats/json.ts', 'src/cli'],
    ['src/errors.ts', 'src/errors.ts'],
    ['scripts/generate.ts', 'scripts/generate.ts'],
  ])('%s is summed under %s', (file, group) => {
    expect(groupOf(file)).toBe(group);
  });
});

describe('scoreReports', () => {
  it("counts detected mutants over valid ones, by folder and in all, as Stryker does, across reports", () => {
    const rows = scoreReports([
      report({ 'src/core/a.ts': ['Killed', 'Killed', 'Survived', 'Ignored'], 'src/errors.ts': ['Timeout', 'NoCoverage'] }),
      report({ 'src/cli/b.ts': ['Killed', 'CompileError', 'RuntimeError'], 'src/core/c.ts': ['Killed'] }),
    ]);
    expect(rows).toEqual([
      { name: 'src/cli', killed: 1, timeout: 0, survived: 0, noCoverage: 0, score: 100 },
      { name: 'src/core', killed: 3, timeout: 0, survived: 1, noCoverage: 0, score: 75 },
      { name: 'src/errors.ts', killed: 0, timeout: 1, survived: 0, noCoverage: 1, score: 50 },
      { name: 'all', killed: 4, timeout: 1, survived: 1, noCoverage: 1, score: (100 * 5) / 7 },
    ]);
  });

  it('has no score for a folder of ignored mutants only', () => {
    expect(scoreReports([report({ 'src/index.ts': ['Ignored'] })])[0]).toEqual({
      name: 'src/index.ts',
      killed: 0,
      timeout: 0,
      survived: 0,
      noCoverage: 0,
      score: undefined,
    });
  });

  it('refuses a file that two reports hold', () => {
    expect(() => scoreReports([report({ 'src/a.ts': ['Killed'] }), report({ 'src/a.ts': ['Survived'] })])).toThrow('src/a.ts is in more than one report');
  });
});

describe('formatScoreTable', () => {
  it('aligns the names left and the figures right, with the score to two decimals', () => {
    const table = formatScoreTable(scoreReports([report({ 'src/core/a.ts': ['Killed', 'Killed', 'Survived'], 'src/index.ts': ['Ignored'] })]));
    expect(table).toBe(
      [
        '              killed  timeout  survived  no coverage   score',
        'src/core           2        0         1            0  66.67%',
        'src/index.ts       0        0         0            0       -',
        'all                2        0         1            0  66.67%',
        '',
      ].join('\n'),
    );
  });
});
