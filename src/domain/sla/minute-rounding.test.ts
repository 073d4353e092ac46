import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportionMinutes, roundMinutes } from './minute-rounding.js';

describe('roundMinutes', () => {
  it.each([
    [0, 0],
    [2_999, 0],
    [3_000, 0.1],
    [29_999, 0.5],
    [60_000, 1],
    [27_000_000, 450],
    [20_250_000, 337.5],
  ])('%d ms → %d minutes', (ms, minutes) => {
    expect(roundMinutes(ms)).toBe(minutes);
  });
});

describe('apportionMinutes', () => {
  it('gives the missing tenths to the largest remainders, the earlier part on a tie', () => {
    expect(apportionMinutes([20_000, 20_000, 20_000])).toEqual([0.4, 0.3, 0.3]);
    expect(apportionMinutes([5_000, 5_900, 1_000])).toEqual([0.1, 0.1, 0]);
    expect(apportionMinutes([3_600_000, 7_200_000, 1_800_000])).toEqual([60, 120, 30]);
  });

  it('adds up, in tenths, to the rounded total and moves no part by a tenth or more', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1e9 }), { minLength: 1, maxLength: 5 }), (parts) => {
        const rounded = apportionMinutes(parts);
        const sum = rounded.reduce((total, minutes) => total + Math.round(minutes * 10), 0);
        expect(sum).toBe(Math.round(roundMinutes(parts.reduce((a, b) => a + b, 0)) * 10));
        rounded.forEach((minutes, index) => {
          expect(Math.abs(minutes * 60_000 - (parts[index] ?? 0))).toBeLessThan(6_000);
        });
      }),
    );
  });
});
