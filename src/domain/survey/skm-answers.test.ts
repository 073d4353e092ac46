import { describe, expect, it } from 'vitest';
import { validateSkmAnswers } from './skm-answers.js';

describe('validateSkmAnswers (PermenPANRB 14/2017 questionnaire)', () => {
  it('accepts integer scores 1–4 and treats absent or null as skipped', () => {
    expect(validateSkmAnswers({ u1: 4, u3: 1, u4: 4, u9: null })).toEqual({
      ok: true,
      answers: { u1: 4, u3: 1, u4: 4 },
    });
    expect(validateSkmAnswers({})).toEqual({ ok: true, answers: {} });
  });

  it.each([0, 5, 2.5, '3', true, [], {}, Number.NaN])('refuses u3 = %j', (value) => {
    const result = validateSkmAnswers({ u1: 4, u3: value });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'answers.u3',
          code: 'invalid_score',
          message: { id: 'Harus bilangan bulat 1–4.', en: 'Must be a whole number from 1 to 4.' },
        },
      ],
    });
  });

  it('refuses unknown keys and reports every failing field', () => {
    const result = validateSkmAnswers({ u10: 3, U1: 4, u2: 9, u4: 4 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['answers.u10', 'unknown_element'],
      ['answers.U1', 'unknown_element'],
      ['answers.u2', 'invalid_score'],
    ]);
  });

  it.each([null, undefined, 3, 'u1=4', [4, 4, 4]])('refuses %j as a whole', (raw) => {
    const result = validateSkmAnswers(raw, 'body.answers');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ field: 'body.answers', code: 'not_an_object' });
  });
});
