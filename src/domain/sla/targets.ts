/**
 * Resolution targets of the service standard. The published standard promises completion
 * in "1 Hari, menyesuaikan dengan tingkat kesulitan permasalahan" (1 day, adjusted to the
 * difficulty of the problem): a ticket is `ringan` (light) until someone sets a heavier
 * difficulty, and the Kepala LPSE may approve extra time on top.
 */
import { MS_PER_MINUTE } from '../calendar/index.js';

/** Tingkat kesulitan: light, medium, heavy. */
export const DIFFICULTIES = ['ringan', 'sedang', 'berat'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The published standard ("1 Hari") applies until a difficulty is set. */
export const DEFAULT_DIFFICULTY: Difficulty = 'ringan';

/**
 * A unit's SLA policy. Targets are in working days of `workingDayMinutes` each, so a
 * target does not shrink or grow with the season: during Ramadan hours (390 working
 * minutes a day) a one-day target simply spans a little more than one calendar day.
 */
export type SlaPolicy = Readonly<{
  /** Minutes in one working day of the target; 450 = Perpres 21/2023 (37.5 hours a week). */
  workingDayMinutes: number;
  /** Resolution target per difficulty, in working days (may be fractional). */
  targets: Readonly<Record<Difficulty, number>>;
  /** Working minutes from creation to the first public reply to the reporter. */
  firstResponseMinutes: number;
  /** Share of a target after which the clock shows `at_risk` (0 < share ≤ 1). */
  atRiskShare: number;
}>;

export const DEFAULT_SLA_POLICY: SlaPolicy = Object.freeze({
  workingDayMinutes: 450,
  targets: Object.freeze({ ringan: 1, sedang: 3, berat: 5 }),
  firstResponseMinutes: 120,
  atRiskShare: 0.75,
});

export function isDifficulty(value: unknown): value is Difficulty {
  return typeof value === 'string' && (DIFFICULTIES as readonly string[]).includes(value);
}

/**
 * The resolution target in working minutes: the difficulty's working days times the
 * working-day length, plus the extension approved by the Kepala LPSE (total, in working
 * minutes). Throws a RangeError on an invalid policy or a negative extension.
 */
export function targetMinutes(policy: SlaPolicy, difficulty: Difficulty, extensionMinutes: number): number {
  assertSlaPolicy(policy);
  if (!Number.isFinite(extensionMinutes) || extensionMinutes < 0) {
    throw new RangeError(`extensionMinutes must be a finite number ≥ 0, got ${extensionMinutes}`);
  }
  return policy.targets[difficulty] * policy.workingDayMinutes + extensionMinutes;
}

/** A target in whole working milliseconds, the unit the clock computes in. */
export function targetMs(policy: SlaPolicy, difficulty: Difficulty, extensionMinutes: number): number {
  return Math.round(targetMinutes(policy, difficulty, extensionMinutes) * MS_PER_MINUTE);
}

/**
 * Throws a RangeError listing what is wrong with a policy: every length must be a finite
 * number > 0 (a zero target would be breached at creation) and the at-risk share in (0, 1].
 */
export function assertSlaPolicy(policy: SlaPolicy): void {
  const problems: string[] = [];
  const positive = (name: string, value: number): void => {
    if (!Number.isFinite(value) || value <= 0)
      problems.push(`${name} must be a finite number > 0, got ${value}`);
  };
  positive('workingDayMinutes', policy.workingDayMinutes);
  for (const difficulty of DIFFICULTIES) positive(`targets.${difficulty}`, policy.targets[difficulty]);
  positive('firstResponseMinutes', policy.firstResponseMinutes);
  if (!(policy.atRiskShare > 0 && policy.atRiskShare <= 1)) {
    problems.push(`atRiskShare must be in (0, 1], got ${policy.atRiskShare}`);
  }
  if (problems.length > 0) throw new RangeError(`Invalid SLA policy: ${problems.join('; ')}`);
}
