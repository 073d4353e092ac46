/**
 * Mutu pelayanan (service quality grade) of PermenPANRB 14/2017, decided on the converted
 * index (nilai konversi, 25–100). Many sites still print the KepmenPAN 25/2004 table
 * (A 81.26–100 …): it is superseded and deliberately absent here.
 *
 * Rounding rule: a converted value is first rounded half-up to 2 decimals, then compared
 * with the table in whole hundredths. So 88.30 → B, 88.305 → 88.31 → A, 76.605 → B,
 * 64.995 → 65.00 → C. Comparing integers (hundredths) keeps binary floating point out of
 * the boundary decision.
 */
import type { LocalizedText } from './skm-elements.js';

export type SkmGrade = 'A' | 'B' | 'C' | 'D';

export type SkmGradeBand = Readonly<{ grade: SkmGrade; min: number; max: number; label: LocalizedText }>;

/** The 2017 table, best grade first; `min`/`max` are converted values, both inclusive. */
export const SKM_GRADE_TABLE = [
  { grade: 'A', min: 88.31, max: 100.0, label: { id: 'Sangat Baik', en: 'Very good' } },
  { grade: 'B', min: 76.61, max: 88.3, label: { id: 'Baik', en: 'Good' } },
  { grade: 'C', min: 65.0, max: 76.6, label: { id: 'Kurang Baik', en: 'Poor' } },
  { grade: 'D', min: 25.0, max: 64.99, label: { id: 'Tidak Baik', en: 'Very poor' } },
] as const satisfies readonly SkmGradeBand[];

const LOWEST = 2500; // 25.00 in hundredths: every answer scored 1
const HIGHEST = 10000; // 100.00 in hundredths: every answer scored 4

/**
 * The PermenPANRB 14/2017 grade of a converted SKM value (25–100). The value is rounded
 * half-up to 2 decimals as written in decimal (88.305 → 88.31 → A), then graded.
 * Throws RangeError for a value that is not finite or that rounds outside 25.00–100.00.
 */
export function gradeFor(convertedValue: number): SkmGradeBand {
  if (!Number.isFinite(convertedValue) || convertedValue < 24 || convertedValue > 101) {
    throw new RangeError(`SKM converted value out of range 25–100: ${String(convertedValue)}`);
  }
  return gradeForHundredths(decimalToHundredths(convertedValue));
}

/** The PermenPANRB 14/2017 grade of a converted value already in whole hundredths (8831 = 88.31). */
export function gradeForHundredths(hundredths: number): SkmGradeBand {
  if (!Number.isInteger(hundredths) || hundredths < LOWEST || hundredths > HIGHEST) {
    throw new RangeError(`SKM converted value out of range 25–100: ${String(hundredths / 100)}`);
  }
  const band = SKM_GRADE_TABLE.find((b) => hundredths >= Math.round(b.min * 100));
  // Unreachable: D starts at 25.00, the lowest value allowed above.
  if (!band) throw new RangeError(`No SKM grade for ${String(hundredths / 100)}`);
  return band;
}

/**
 * Rounds a positive number half-up to hundredths using its shortest decimal spelling
 * (what `String(x)` prints), not its binary value: 88.305 is stored as 88.30499999…, yet a
 * person who reads "88.305" expects 88.31. Only for values in fixed notation (here 24–101).
 */
function decimalToHundredths(value: number): number {
  const [whole = '0', fraction = ''] = String(value).split('.');
  const digits = (fraction + '000').slice(0, 3);
  const roundUp = Number(digits[2]) >= 5 ? 1 : 0;
  return Number(whole) * 100 + Number(digits.slice(0, 2)) + roundUp;
}

/**
 * Rounds the exact fraction `numerator / denominator` (both ≥ 0, denominator > 0) half-up to
 * `decimals` places, with integer arithmetic only: the one rounding rule of the SKM figures
 * (NRR, IKM, converted value) of PermenPANRB 14/2017. Returns the scaled integer: for 2 decimals,
 * 88.305 exactly gives 8831.
 */
export function roundFractionHalfUp(numerator: bigint, denominator: bigint, decimals: number): number {
  if (denominator <= 0n || numerator < 0n) throw new RangeError('Expected numerator ≥ 0 and denominator > 0');
  const scaled = numerator * 10n ** BigInt(decimals);
  return Number((2n * scaled + denominator) / (2n * denominator));
}
