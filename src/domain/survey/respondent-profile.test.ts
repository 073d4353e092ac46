import { describe, expect, it } from 'vitest';
import {
  AGE_BAND_OPTIONS,
  EDUCATION_OPTIONS,
  OCCUPATION_OPTIONS,
  PROCUREMENT_ROLE_OPTIONS,
  SEX_OPTIONS,
  ageBandFor,
  isOptionValue,
} from './respondent-profile.js';

describe('SKM respondent profile (PermenPANRB 14/2017)', () => {
  it.each([
    ['sex', SEX_OPTIONS],
    ['education', EDUCATION_OPTIONS],
    ['occupation', OCCUPATION_OPTIONS],
    ['procurement role', PROCUREMENT_ROLE_OPTIONS],
    ['age band', AGE_BAND_OPTIONS],
  ] as const)('%s options have unique values and both labels', (_, options) => {
    const values = options.map((o) => o.value);
    expect(new Set(values).size).toBe(values.length);
    for (const o of options) {
      expect(o.label.id).not.toBe('');
      expect(o.label.en).not.toBe('');
    }
  });

  it('follows the questionnaire lists', () => {
    expect(SEX_OPTIONS.map((o) => o.label.id)).toEqual(['Laki-laki', 'Perempuan']);
    expect(EDUCATION_OPTIONS.map((o) => o.value)).toEqual(['sd', 'smp', 'sma', 'd1-d3', 'd4-s1', 's2', 's3']);
    expect(OCCUPATION_OPTIONS.map((o) => o.label.id)).toEqual([
      'PNS',
      'TNI',
      'POLRI',
      'Swasta',
      'Wirausaha',
      'Lainnya',
    ]);
  });

  it.each([
    [0, 'upto-20'],
    [20, 'upto-20'],
    [21, '21-30'],
    [30, '21-30'],
    [45, '41-50'],
    [60, '51-60'],
    [61, '61-plus'],
    [99, '61-plus'],
  ] as const)('age %i → %s', (age, band) => {
    expect(ageBandFor(age)).toBe(band);
  });

  it.each([-1, 30.5, Number.NaN])('refuses age %s', (age) => {
    expect(() => ageBandFor(age)).toThrow(RangeError);
  });

  it('recognises option values', () => {
    expect(isOptionValue(EDUCATION_OPTIONS, 'd4-s1')).toBe(true);
    expect(isOptionValue(EDUCATION_OPTIONS, 'S1')).toBe(false);
    expect(isOptionValue(PROCUREMENT_ROLE_OPTIONS, 'penyedia')).toBe(true);
    expect(isOptionValue(SEX_OPTIONS, 1)).toBe(false);
  });
});
