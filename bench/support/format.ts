/**
 * Formats a duration given in nanoseconds with a unit that keeps three significant digits.
 *
 * @example
 * ```ts
 * formatNanoseconds(1530); // '1.53 µs'
 * ```
 */
export function formatNanoseconds(nanoseconds: number): string {
  if (nanoseconds < 1e3) return `${nanoseconds.toPrecision(3)} ns`;
  if (nanoseconds < 1e6) return `${(nanoseconds / 1e3).toPrecision(3)} µs`;
  if (nanoseconds < 1e9) return `${(nanoseconds / 1e6).toPrecision(3)} ms`;
  return `${(nanoseconds / 1e9).toPrecision(3)} s`;
}

/**
 * Formats a byte count in kilobytes of 1,000 bytes (as bundle-size budgets are usually stated),
 * with the exact count beside it.
 *
 * @example
 * ```ts
 * formatBytes(16180); // '16.2 KB (16180 B)'
 * ```
 */
export function formatBytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB (${bytes} B)`;
}

/**
 * Formats a ratio as `1.23x`.
 *
 * @example
 * ```ts
 * formatRatio(1.2345); // '1.23x'
 * ```
 */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(2)}x`;
}

/**
 * Renders rows of cells as a plain-text table with a header rule, columns padded to fit.
 *
 * @example
 * ```ts
 * console.log(renderTable(['name', 'value'], [['a', '1']]));
 * ```
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}
