/** Longer input is not a typo of a name; and comparing it would cost its length times each name's. */
const MAX_INPUT_LENGTH = 100;

/**
 * The candidate the input is most likely a typo of, for a "did you mean" hint: the nearest by
 * edit distance (a swap of two neighbours counts as one edit), when at most a third of its
 * length differs (at least one letter from 3 letters on), or one the input is the start of;
 * `undefined` when none is near.
 *
 * @example
 * ```ts
 * closestName('--strcit', ['--strict', '--format']); // '--strict'
 * closestName('--verb', ['--verbose', '--strict']); // '--verbose'
 * closestName('--zzz', ['--strict']); // undefined
 * ```
 */
export function closestName(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > MAX_INPUT_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    // A third of the name may differ (one letter of a name of 3 to 5; none of `-h`).
    const allowed = Math.floor(candidate.length / 3);
    const near = distance <= allowed || (input.length >= 3 && candidate.startsWith(input));
    if (near && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  // rows[i][j] is the distance between the first i characters of a and the first j of b.
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, rows[i - 2]![j - 2]! + 1);
      row.push(distance);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
