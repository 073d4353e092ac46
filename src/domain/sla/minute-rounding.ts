/**
 * The clock computes in whole working milliseconds and reports minutes rounded to one
 * decimal (a tenth of a minute is 6 seconds), half up.
 */
const MS_PER_TENTH = 6_000;

/** Milliseconds as minutes rounded to one decimal, half up (29 999 ms → 0.5, 2 999 ms → 0). */
export function roundMinutes(ms: number): number {
  return Math.round(ms / MS_PER_TENTH) / 10;
}

/**
 * Rounds parts (milliseconds ≥ 0) to minutes with one decimal so that they add up, in
 * tenths, to roundMinutes(total): each part is rounded down to a tenth, and the tenths
 * still missing go to the parts with the largest remainders (the earlier part on a tie).
 * So a report that shows 60.1 + 120.0 + 30.0 never shows a total of 210.0.
 */
export function apportionMinutes(partsMs: readonly number[]): number[] {
  const tenths = partsMs.map((ms) => Math.floor(ms / MS_PER_TENTH));
  const totalMs = partsMs.reduce((sum, ms) => sum + ms, 0);
  const missing = Math.round(totalMs / MS_PER_TENTH) - tenths.reduce((sum, value) => sum + value, 0);
  const byRemainder = partsMs
    .map((ms, index) => ({ index, remainder: ms - (tenths[index] ?? 0) * MS_PER_TENTH }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder.slice(0, missing)) tenths[index] = (tenths[index] ?? 0) + 1;
  return tenths.map((value) => value / 10);
}
