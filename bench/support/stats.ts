/**
 * The median of a list of numbers (the mean of the two middle ones for an even count).
 *
 * @example
 * ```ts
 * median([3, 1, 2]); // 2
 * ```
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Rotates a list by `offset`, so that interleaved rounds do not always run the same candidate
 * first (the first one after a pause pays for cold caches and CPU frequency changes).
 *
 * @example
 * ```ts
 * rotate(['a', 'b', 'c'], 1); // ['b', 'c', 'a']
 * ```
 */
export function rotate<Item>(items: readonly Item[], offset: number): Item[] {
  const shift = offset % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
