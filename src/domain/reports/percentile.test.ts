import { describe, expect, it } from 'vitest';
import { durationStats, nearestRank, percentage } from './percentile.js';

describe('nearest-rank percentiles', () => {
  it('picks a measured value: rank ⌈p × n⌉', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(nearestRank(ten, 50)).toBe(5);
    expect(nearestRank(ten, 90)).toBe(9);
    expect(nearestRank([7], 90)).toBe(7);
    expect(nearestRank([], 50)).toBeNull();
    expect(() => nearestRank(ten, 0)).toThrow(RangeError);
  });

  it('sorts before ranking and counts', () => {
    expect(durationStats([30, 10, 20])).toEqual({ count: 3, median: 20, p90: 30 });
  });

  it('states shares with one decimal, half up', () => {
    expect(percentage(1, 16)).toBe(6.3);
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(0, 0)).toBeNull();
  });
});
