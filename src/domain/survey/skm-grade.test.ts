import { describe, expect, it } from 'vitest';
import { SKM_GRADE_TABLE, gradeFor, gradeForHundredths, roundFractionHalfUp } from './skm-grade.js';

describe('gradeFor (PermenPANRB 14/2017 table, not the 2004 one)', () => {
  it.each([
    [100, 'A', 'Sangat Baik', 'Very good'],
    [88.31, 'A', 'Sangat Baik', 'Very good'],
    [88.3, 'B', 'Baik', 'Good'],
    [76.61, 'B', 'Baik', 'Good'],
    [76.6, 'C', 'Kurang Baik', 'Poor'],
    [65, 'C', 'Kurang Baik', 'Poor'],
    [64.99, 'D', 'Tidak Baik', 'Very poor'],
    [25, 'D', 'Tidak Baik', 'Very poor'],
  ])('%s → %s (%s / %s)', (value, grade, id, en) => {
    const band = gradeFor(value);
    expect(band.grade).toBe(grade);
    expect(band.label).toEqual({ id, en });
  });

  it.each([
    // Third decimal 5 rounds half-up, even where the binary double sits just below it.
    [88.305, 'A'],
    [88.3049, 'B'],
    [76.605, 'B'],
    [76.6049, 'C'],
    [64.995, 'C'],
    [64.9949, 'D'],
    [81.26, 'B'], // the old 2004 A threshold means nothing here
    [24.995, 'D'],
    [100.004, 'A'],
  ])('rounds %s half-up to 2 decimals before grading → %s', (value, grade) => {
    expect(gradeFor(value).grade).toBe(grade);
  });

  it('is not fooled by floating-point sums', () => {
    expect(88.24 + 0.07).toBe(88.30999999999999); // a naive `>= 88.31` would say B
    expect(gradeFor(88.24 + 0.07).grade).toBe('A');
    expect(76.59 + 0.01).toBe(76.60000000000001); // a naive `> 76.60` would say B
    expect(gradeFor(76.59 + 0.01).grade).toBe('C');
    expect(gradeFor(64.98 + 0.01).grade).toBe('D');
  });

  it.each([24.994, 100.005, 0, -50, Number.NaN, Number.POSITIVE_INFINITY, 1e21])('refuses %s', (value) => {
    expect(() => gradeFor(value)).toThrow(RangeError);
  });

  it('grades whole hundredths and refuses anything else', () => {
    expect(gradeForHundredths(8831).grade).toBe('A');
    expect(gradeForHundredths(8830).grade).toBe('B');
    expect(() => gradeForHundredths(8830.5)).toThrow(RangeError);
    expect(() => gradeForHundredths(2499)).toThrow(RangeError);
  });

  it('keeps the 2017 table with its bands touching at one hundredth', () => {
    expect(SKM_GRADE_TABLE.map((b) => [b.grade, b.min, b.max])).toEqual([
      ['A', 88.31, 100],
      ['B', 76.61, 88.3],
      ['C', 65, 76.6],
      ['D', 25, 64.99],
    ]);
  });
});

describe('roundFractionHalfUp', () => {
  it('rounds exact fractions half-up with integers only', () => {
    expect(roundFractionHalfUp(176_610n, 2000n, 2)).toBe(8831); // 88.305 exactly
    expect(roundFractionHalfUp(176_609n, 2000n, 2)).toBe(8830); // 88.3045
    expect(roundFractionHalfUp(8n, 3n, 2)).toBe(267); // 2.666…
    expect(roundFractionHalfUp(1n, 8n, 2)).toBe(13); // 0.125
    expect(roundFractionHalfUp(0n, 7n, 2)).toBe(0);
  });

  it('refuses a zero denominator or a negative numerator', () => {
    expect(() => roundFractionHalfUp(1n, 0n, 2)).toThrow(RangeError);
    expect(() => roundFractionHalfUp(-1n, 3n, 2)).toThrow(RangeError);
  });
});
