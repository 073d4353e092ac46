import { describe, expect, it } from 'vitest';
import { SKM_ELEMENT_IDS } from './skm-elements.js';
import type { SkmElementId, SkmScore } from './skm-elements.js';
import { computeSkmIndex, computeSkmIndexFromTallies } from './skm-index.js';
import type { SkmResponse } from './skm-index.js';

/** A response answering every element with the same score. */
const all = (score: SkmScore): SkmResponse =>
  Object.fromEntries(SKM_ELEMENT_IDS.map((id) => [id, score])) as Record<SkmElementId, SkmScore>;

/**
 * `n` respondents answering all nine elements with scores adding up to `total`: every answer
 * scores floor(total / 9n) and the first (total mod 9n) answers one more. With equal counts,
 * converted = 25 × total / (9n), so a chosen total lands exactly on a chosen value.
 */
function uniform(n: number, total: number): SkmResponse[] {
  const base = Math.floor(total / (9 * n));
  let extra = total - base * 9 * n;
  return Array.from({ length: n }, () => {
    const response: Partial<Record<SkmElementId, SkmScore>> = {};
    for (const id of SKM_ELEMENT_IDS) {
      response[id] = (base + (extra-- > 0 ? 1 : 0)) as SkmScore;
    }
    return response;
  });
}

describe('computeSkmIndex (PermenPANRB 14/2017)', () => {
  /*
   * Worked by hand. "–" = skipped.
   *            u1 u2 u3 u4 u5 u6 u7 u8 u9
   *   R1        4  3  3  4  3  4  4  3  3
   *   R2        3  3  2  4  3  3  4  3  –
   *   R3        4  –  3  4  4  3  3  2  2
   *   R4        3  2  3  4  3  3  4  3  –
   *   sum      14  8 11 16 13 13 15 11  5
   *   answers   4  3  4  4  4  4  4  4  2
   *   NRR    3.50 2.67 2.75 4.00 3.25 3.25 3.75 2.75 2.50      (u2 = 8/3 = 2.666…)
   *
   *   ΣNRR = 3.5 + 8/3 + 2.75 + 4 + 3.25 + 3.25 + 3.75 + 2.75 + 2.5 = 309/12 + 32/12 = 341/12
   *   IKM  = 341/12 × 1/9 = 341/108 = 3.15740… → 3.16
   *   konversi = 341/108 × 25 = 8525/108 = 78.93518… → 78.94 → B "Baik" (76.61–88.30)
   *
   * Counting skips as 0 would wrongly give u2 = 8/4 = 2.00 and u9 = 5/4 = 1.25.
   */
  const worked: SkmResponse[] = [
    { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 3 },
    { u1: 3, u2: 3, u3: 2, u4: 4, u5: 3, u6: 3, u7: 4, u8: 3 },
    { u1: 4, u3: 3, u4: 4, u5: 4, u6: 3, u7: 3, u8: 2, u9: 2 },
    { u1: 3, u2: 2, u3: 3, u4: 4, u5: 3, u6: 3, u7: 4, u8: 3 },
  ];

  it('matches the hand-worked example, skipped answers counting per element', () => {
    expect(computeSkmIndex(worked)).toEqual({
      respondents: 4,
      answersPerElement: { u1: 4, u2: 3, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 2 },
      nrr: { u1: 3.5, u2: 2.67, u3: 2.75, u4: 4, u5: 3.25, u6: 3.25, u7: 3.75, u8: 2.75, u9: 2.5 },
      ikm: 3.16,
      ikmConverted: 78.94,
      grade: 'B',
      label: { id: 'Baik', en: 'Good' },
      missingElements: [],
    });
  });

  it('gives 100.00 A when every answer is 4 and 25.00 D when every answer is 1', () => {
    const best = computeSkmIndex([all(4), all(4), all(4)]);
    expect([best.ikm, best.ikmConverted, best.grade, best.label?.id]).toEqual([4, 100, 'A', 'Sangat Baik']);
    const worst = computeSkmIndex([all(1), all(1)]);
    expect([worst.ikm, worst.ikmConverted, worst.grade, worst.label?.en]).toEqual([1, 25, 'D', 'Very poor']);
  });

  it('scores U4 "Gratis" as 4, the best answer', () => {
    // u4 = 4 for everyone, the rest 3: ΣNRR = 8 × 3 + 4 = 28; IKM = 28/9 = 3.11; 700/9 = 77.78 → B.
    const result = computeSkmIndex([
      { ...all(3), u4: 4 },
      { ...all(3), u4: 4 },
    ]);
    expect(result.nrr.u4).toBe(4);
    expect([result.ikm, result.ikmConverted, result.grade]).toEqual([3.11, 77.78, 'B']);
  });

  it('returns no index, and names the elements, when an element has no answer at all', () => {
    const result = computeSkmIndex([
      { u1: 4, u2: 4, u3: 4, u5: 4, u6: 4, u7: 4, u8: 4 },
      { u1: 3, u2: 3, u3: 3, u5: 3, u6: 3, u7: 3, u8: 3 },
    ]);
    expect(result.missingElements).toEqual(['u4', 'u9']);
    expect(result.nrr).toMatchObject({ u1: 3.5, u4: null, u9: null });
    expect(result.answersPerElement).toMatchObject({ u1: 2, u4: 0, u9: 0 });
    expect([result.ikm, result.ikmConverted, result.grade, result.label]).toEqual([null, null, null, null]);
  });

  it('counts a response that skipped everything as a respondent but not as an answer', () => {
    const result = computeSkmIndex([all(3), {}]);
    expect(result.respondents).toBe(2);
    expect(result.answersPerElement.u5).toBe(1);
    expect(result.ikmConverted).toBe(75);
    expect(result.grade).toBe('C');
  });

  it('has no index for an empty period', () => {
    const result = computeSkmIndex([]);
    expect(result.respondents).toBe(0);
    expect(result.missingElements).toEqual([...SKM_ELEMENT_IDS]);
    expect(result.ikm).toBeNull();
  });

  it.each([
    // [respondents, total of all scores, converted, grade]; converted = 25 × total / (9 × respondents)
    [1000, 31_788, 88.3, 'B'],
    [2500, 79_479, 88.31, 'A'],
    [5000, 158_949, 88.31, 'A'], // exactly 88.305: half-up
    [125, 3_447, 76.6, 'C'],
    [2500, 68_949, 76.61, 'B'],
    [5000, 137_889, 76.61, 'B'], // exactly 76.605
    [2500, 58_491, 64.99, 'D'],
    [5, 117, 65, 'C'],
    [5000, 116_991, 65, 'C'], // exactly 64.995
  ] as const)('%i respondents scoring %i in total → %s %s', (n, total, converted, grade) => {
    const result = computeSkmIndex(uniform(n, total));
    expect(result.ikmConverted).toBe(converted);
    expect(result.grade).toBe(grade);
  });

  it('rounds the converted value from the exact index, not from the rounded IKM', () => {
    // 88.305 exactly: IKM 3.5322 reports as 3.53, yet 3.53 × 25 = 88.25 would say B.
    const result = computeSkmIndex(uniform(5000, 158_949));
    expect(result.ikm).toBe(3.53);
    expect(result.ikmConverted).toBe(88.31);
  });

  it('refuses a score outside 1–4', () => {
    expect(() => computeSkmIndex([{ u1: 5 as SkmScore }])).toThrow(RangeError);
    expect(() => computeSkmIndex([{ u3: 2.5 as SkmScore }])).toThrow(/u3/);
  });

  it('gives the same result from totals added up elsewhere (the database), and refuses impossible totals', () => {
    const tallies = {
      u1: { sum: 14, count: 4 },
      u2: { sum: 8, count: 3 },
      u3: { sum: 11, count: 4 },
      u4: { sum: 16, count: 4 },
      u5: { sum: 13, count: 4 },
      u6: { sum: 13, count: 4 },
      u7: { sum: 15, count: 4 },
      u8: { sum: 11, count: 4 },
      u9: { sum: 5, count: 2 },
    };
    expect(computeSkmIndexFromTallies(4, tallies)).toEqual(computeSkmIndex(worked));
    expect(() => computeSkmIndexFromTallies(4, { ...tallies, u2: { sum: 13, count: 3 } })).toThrow(/u2/);
    expect(() => computeSkmIndexFromTallies(4, { ...tallies, u1: { sum: 25, count: 5 } })).toThrow(
      RangeError,
    );
  });
});
