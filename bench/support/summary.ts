import { renderTable } from './format.js';

/**
 * One line of the final table: a measured figure, its target, and whether the target is met
 * (`undefined` for figures printed for information, without a target).
 *
 * @example
 * ```ts
 * const row: SummaryRow = { figure: 'memory growth', measured: '0.3 B/event', target: '< 1 B/event', met: true };
 * ```
 */
export interface SummaryRow {
  readonly figure: string;
  readonly measured: string;
  readonly target: string;
  readonly met: boolean | undefined;
}

/**
 * Renders summary rows as the table `npm run bench` ends with.
 *
 * @example
 * ```ts
 * console.log(renderSummary([{ figure: 'bundle gzip', measured: '16 KB', target: '<= 25 KB', met: true }]));
 * ```
 */
export function renderSummary(rows: readonly SummaryRow[]): string {
  return renderTable(
    ['figure', 'measured', 'target', 'met'],
    rows.map((row) => [row.figure, row.measured, row.target, row.met === undefined ? '(info)' : row.met ? 'yes' : 'NO']),
  );
}
