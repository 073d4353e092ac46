/**
 * Percentiles of report durations by the nearest-rank method: the p-th percentile of n
 * values sorted ascending is the value at rank ⌈p/100 × n⌉ (1-based). It is always one of
 * the values measured, so a person can find the ticket behind it; the median of an even
 * count is the lower of the two middle values.
 */
export function nearestRank(sortedAscending: readonly number[], percent: number): number | null {
  if (!(percent > 0 && percent <= 100)) throw new RangeError(`percent must be in (0, 100], got ${percent}`);
  const n = sortedAscending.length;
  if (n === 0) return null;
  const rank = Math.ceil((percent / 100) * n);
  return sortedAscending[Math.min(n, Math.max(1, rank)) - 1] ?? null;
}

/** Median and 90th percentile (nearest rank) of unsorted values, and how many there were. */
export function durationStats(
  values: readonly number[],
): Readonly<{ count: number; median: number | null; p90: number | null }> {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, median: nearestRank(sorted, 50), p90: nearestRank(sorted, 90) };
}

/** A share as a percentage with one decimal, half up; null when there is nothing to share. */
export function percentage(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}
