/**
 * The Indeks Kepuasan Masyarakat (IKM) of PermenPANRB 14/2017, computed from SKM responses:
 *
 *   NRR(Un)  = sum of the scores given to Un / number of answers to Un
 *   IKM      = Σ NRR(Un) × 1/9              over U1…U9 (1.00–4.00)
 *   konversi = IKM × 25                     (25.00–100.00), graded by SKM_GRADE_TABLE
 *
 * Rounding rule (one rule, applied once, at the end): every figure is computed as an exact
 * fraction of integers and only the reported value is rounded half-up: NRR and IKM to
 * 2 decimals, the converted value to 2 decimals, and the grade is read from that rounded
 * converted value. The converted value is therefore NOT the rounded IKM × 25: a 2-decimal
 * IKM moves in steps of 0.25 once converted, which would make grade boundaries such as
 * 88.30/88.31 unreachable. Many reports multiply by 0.111 instead of 1/9; we do not.
 */
import { SKM_ELEMENT_IDS, isSkmScore } from './skm-elements.js';
import type { LocalizedText, SkmElementId, SkmScore } from './skm-elements.js';
import { gradeForHundredths, roundFractionHalfUp } from './skm-grade.js';
import type { SkmGrade } from './skm-grade.js';

/** One respondent's answers; an absent element is a skipped question. */
export type SkmResponse = Readonly<Partial<Record<SkmElementId, SkmScore>>>;

export type PerElement<T> = Readonly<Record<SkmElementId, T>>;

export type SkmIndexResult = Readonly<{
  /** Responses received, including any that skipped every question. */
  respondents: number;
  answersPerElement: PerElement<number>;
  /** Nilai rata-rata per unsur, 2 decimals; null when nobody answered that element. */
  nrr: PerElement<number | null>;
  ikm: number | null;
  ikmConverted: number | null;
  grade: SkmGrade | null;
  label: LocalizedText | null;
  /** Elements with no answer at all in the period; when not empty the index is null. */
  missingElements: readonly SkmElementId[];
}>;

type Tally = { sum: number; count: number };

/**
 * Computes NRR per element, the IKM, its converted value and grade per PermenPANRB 14/2017.
 *
 * A skipped question counts for nothing in that element only: its NRR divides by the answers
 * the element did get. When an element got no answer at all in the period the index is
 * `null` and `missingElements` names it. We refuse to average the remaining elements
 * because the regulation weighs each of the nine elements 1/9: an index over eight
 * elements is not the regulation's IKM, is not comparable with other periods or units, and
 * would hide a broken questionnaire (e.g. U4 left out because "the service is free", when
 * the right answer is "Gratis" = 4).
 *
 * Throws RangeError when a score is not an integer 1–4 (validate raw input with
 * `validateSkmAnswers` first).
 */
export function computeSkmIndex(responses: readonly SkmResponse[]): SkmIndexResult {
  return computeSkmIndexFromTallies(responses.length, tally(responses));
}

/** Per element: the sum of the scores given and the number of answers (an SQL SUM and COUNT). */
export type SkmTally = Readonly<{ sum: number; count: number }>;

/**
 * The same computation as `computeSkmIndex`, from totals already added up (by the database's
 * GROUP BY, so a period of many responses is never loaded row by row): `respondents`
 * responses whose scores per element add up to `tallies[id].sum` over `tallies[id].count`
 * answers. Throws RangeError when a tally cannot come from scores 1–4 (count < 0, or a sum
 * outside count…4 × count), so a broken query cannot produce an index.
 */
export function computeSkmIndexFromTallies(
  respondents: number,
  tallies: PerElement<SkmTally>,
): SkmIndexResult {
  for (const id of SKM_ELEMENT_IDS) {
    const { sum, count } = tallies[id];
    if (
      !Number.isInteger(sum) ||
      !Number.isInteger(count) ||
      count < 0 ||
      count > respondents ||
      sum < count ||
      sum > 4 * count
    ) {
      throw new RangeError(
        `SKM tally of ${id} is impossible: sum ${String(sum)} over ${String(count)} answers of ${String(respondents)} respondents`,
      );
    }
  }
  const answersPerElement = mapElements((id) => tallies[id].count);
  const nrr = mapElements((id) => {
    const { sum, count } = tallies[id];
    return count === 0 ? null : roundFractionHalfUp(BigInt(sum), BigInt(count), 2) / 100;
  });
  const missingElements = SKM_ELEMENT_IDS.filter((id) => tallies[id].count === 0);
  const base = { respondents, answersPerElement, nrr, missingElements };
  if (missingElements.length > 0) {
    return { ...base, ikm: null, ikmConverted: null, grade: null, label: null };
  }
  const { numerator, denominator } = sumOfNrr(tallies);
  // IKM = ΣNRR / 9, converted = ΣNRR × 25 / 9; each rounded once from the exact fraction.
  const ikm = roundFractionHalfUp(numerator, 9n * denominator, 2) / 100;
  const convertedHundredths = roundFractionHalfUp(25n * numerator, 9n * denominator, 2);
  const band = gradeForHundredths(convertedHundredths);
  return { ...base, ikm, ikmConverted: convertedHundredths / 100, grade: band.grade, label: band.label };
}

function tally(responses: readonly SkmResponse[]): Record<SkmElementId, Tally> {
  const tallies = mapElements((): Tally => ({ sum: 0, count: 0 }));
  responses.forEach((response, index) => {
    for (const id of SKM_ELEMENT_IDS) {
      const score: unknown = response[id];
      if (score === undefined) continue;
      if (!isSkmScore(score)) {
        throw new RangeError(
          `SKM response ${String(index)}: ${id} must be an integer 1–4, got ${String(score)}`,
        );
      }
      tallies[id].sum += score;
      tallies[id].count += 1;
    }
  });
  return tallies;
}

/** Σ sum/count over the nine elements as one exact fraction over the lcm of the counts. */
function sumOfNrr(tallies: PerElement<SkmTally>): { numerator: bigint; denominator: bigint } {
  const denominator = SKM_ELEMENT_IDS.reduce((acc, id) => lcm(acc, BigInt(tallies[id].count)), 1n);
  const numerator = SKM_ELEMENT_IDS.reduce((acc, id) => {
    const { sum, count } = tallies[id];
    return acc + BigInt(sum) * (denominator / BigInt(count));
  }, 0n);
  return { numerator, denominator };
}

function mapElements<T>(value: (id: SkmElementId) => T): Record<SkmElementId, T> {
  const entries = SKM_ELEMENT_IDS.map((id) => [id, value(id)] as const);
  return Object.fromEntries(entries) as Record<SkmElementId, T>;
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}
