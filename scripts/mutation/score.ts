/**
 * The mutation score of one or more Stryker JSON reports taken together (a run writes one per
 * part of mutation-parts.json), by source folder and in all.
 * Stryker's own definition: detected (killed or timed out) over all mutants that are neither
 * ignored nor invalid (compile or runtime errors).
 */

/** The part of Stryker's mutation-testing-report-schema that the score reads. */
export interface StrykerReport {
  readonly files: Readonly<Record<string, { readonly mutants: readonly { readonly status: string }[] }>>;
}

export interface ScoreRow {
  /** `src/<folder>` or a file directly in `src/`; `all` for the total. */
  readonly name: string;
  readonly killed: number;
  readonly timeout: number;
  readonly survived: number;
  readonly noCoverage: number;
  /** Detected over valid mutants, in percent; `undefined` when there is none. */
  readonly score: number | undefined;
}

type Counts = { -readonly [K in 'killed' | 'timeout' | 'survived' | 'noCoverage']: number };

const noCounts = (): Counts => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0 });

const COUNTED: Readonly<Record<string, keyof Counts>> = {
  Killed: 'killed',
  Timeout: 'timeout',
  Survived: 'survived',
  NoCoverage: 'noCoverage',
};

/** Where a source file's mutants are summed: its folder under `src/`, or the file itself. */
export function groupOf(file: string): string {
  const parts = file.split('/');
  const at = parts.indexOf('src');
  if (at === -1 || at + 1 >= parts.length) return file;
  return parts.slice(0, at + 2).join('/');
}

/**
 * The rows of the reports together, by group (sorted) and then `all`. Throws when two reports
 * hold the same file: their mutants would count twice.
 */
export function scoreReports(reports: readonly StrykerReport[]): ScoreRow[] {
  const seen = new Set<string>();
  const groups = new Map<string, Counts>();
  const total = noCounts();
  for (const report of reports) {
    for (const [file, { mutants }] of Object.entries(report.files)) {
      if (seen.has(file)) throw new Error(`${file} is in more than one report`);
      seen.add(file);
      const group = groupOf(file);
      const counts = groups.get(group) ?? noCounts();
      groups.set(group, counts);
      for (const { status } of mutants) {
        const key = COUNTED[status];
        if (key === undefined) continue;
        counts[key] += 1;
        total[key] += 1;
      }
    }
  }
  const rowOf = (name: string, counts: Counts): ScoreRow => {
    const detected = counts.killed + counts.timeout;
    const valid = detected + counts.survived + counts.noCoverage;
    return { name, ...counts, score: valid === 0 ? undefined : (100 * detected) / valid };
  };
  const byName = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [...byName.map(([name, counts]) => rowOf(name, counts)), rowOf('all', total)];
}

/** The rows as an aligned text table. */
export function formatScoreTable(rows: readonly ScoreRow[]): string {
  const header = ['', 'killed', 'timeout', 'survived', 'no coverage', 'score'];
  const cells = rows.map((row) => [
    row.name,
    String(row.killed),
    String(row.timeout),
    String(row.survived),
    String(row.noCoverage),
    row.score === undefined ? '-' : `${row.score.toFixed(2)}%`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: readonly string[]) =>
    values.map((value, column) => (column === 0 ? value.padEnd(widths[column]!) : value.padStart(widths[column]!))).join('  ').trimEnd();
  return `${[header, ...cells].map(line).join('\n')}\n`;
}
