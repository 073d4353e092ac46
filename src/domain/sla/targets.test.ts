import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DIFFICULTY,
  DEFAULT_SLA_POLICY,
  assertSlaPolicy,
  isDifficulty,
  targetMinutes,
  targetMs,
  type SlaPolicy,
} from './targets.js';

describe('targetMinutes', () => {
  it.each([
    ['ringan', 0, 450],
    ['sedang', 0, 1350],
    ['berat', 0, 2250],
    ['ringan', 90, 540],
    ['berat', 12.5, 2262.5],
  ] as const)('%s + %d extension minutes = %d working minutes', (difficulty, extension, expected) => {
    expect(targetMinutes(DEFAULT_SLA_POLICY, difficulty, extension)).toBe(expected);
  });

  it('defaults to ringan, the published "1 Hari"', () => {
    expect(DEFAULT_DIFFICULTY).toBe('ringan');
    expect(targetMinutes(DEFAULT_SLA_POLICY, DEFAULT_DIFFICULTY, 0)).toBe(
      DEFAULT_SLA_POLICY.workingDayMinutes,
    );
  });

  it('follows a unit policy with its own day length and targets', () => {
    const policy: SlaPolicy = {
      ...DEFAULT_SLA_POLICY,
      workingDayMinutes: 390,
      targets: { ringan: 0.5, sedang: 2, berat: 4 },
    };
    expect(targetMinutes(policy, 'ringan', 0)).toBe(195);
    expect(targetMs(policy, 'sedang', 1)).toBe(781 * 60_000);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses an extension of %d', (extension) => {
    expect(() => targetMinutes(DEFAULT_SLA_POLICY, 'ringan', extension)).toThrow(RangeError);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_SLA_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SLA_POLICY.targets)).toBe(true);
  });
});

describe('assertSlaPolicy', () => {
  it('accepts the default policy', () => {
    expect(() => assertSlaPolicy(DEFAULT_SLA_POLICY)).not.toThrow();
  });

  it('lists every problem', () => {
    const policy: SlaPolicy = {
      workingDayMinutes: 0,
      targets: { ringan: 1, sedang: -3, berat: 5 },
      firstResponseMinutes: 120,
      atRiskShare: 1.5,
    };
    expect(() => assertSlaPolicy(policy)).toThrow(/workingDayMinutes.*targets\.sedang.*atRiskShare/);
  });
});

describe('isDifficulty', () => {
  it.each([
    ['ringan', true],
    ['berat', true],
    ['Ringan', false],
    ['', false],
    [3, false],
  ] as const)('%s → %s', (value, expected) => {
    expect(isDifficulty(value)).toBe(expected);
  });
});
