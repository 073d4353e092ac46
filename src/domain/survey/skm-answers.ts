/**
 * Checks the answers a respondent submits to the SKM questionnaire of PermenPANRB 14/2017
 * before they reach `computeSkmIndex`. The HTTP layer turns the field errors into a
 * `validation_failed` problem; the messages are ready in both languages.
 */
import type { FieldError } from '../errors.js';
import { SKM_ELEMENT_IDS, isSkmElementId, isSkmScore } from './skm-elements.js';
import type { SkmElementId, SkmScore } from './skm-elements.js';
import type { SkmResponse } from './skm-index.js';

export type SkmAnswersErrorCode = 'not_an_object' | 'invalid_score' | 'unknown_element';

export type SkmAnswersFieldError = FieldError &
  Readonly<{ code: SkmAnswersErrorCode; message: Readonly<{ id: string; en: string }> }>;

export type SkmAnswersValidation =
  | Readonly<{ ok: true; answers: SkmResponse }>
  | Readonly<{ ok: false; errors: readonly SkmAnswersFieldError[] }>;

/**
 * Validates a raw answers object of the PermenPANRB 14/2017 questionnaire, e.g.
 * `{ u1: 4, u3: 2 }`. Each present key must be `u1`…`u9` and its value an integer 1–4;
 * an absent key or `null` is a skipped question (JSON has no `undefined`). Unknown keys are
 * refused, not ignored, so a misspelt element cannot silently vanish from the index.
 * Field names are `${path}.u3` (default path `answers`).
 */
export function validateSkmAnswers(raw: unknown, path = 'answers'): SkmAnswersValidation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: [notAnObject(path)] };
  }
  const errors: SkmAnswersFieldError[] = [];
  const answers: Partial<Record<SkmElementId, SkmScore>> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = `${path}.${key}`;
    if (!isSkmElementId(key)) errors.push(unknownElement(field));
    else if (value === null || value === undefined) continue;
    else if (!isSkmScore(value)) errors.push(invalidScore(field));
    else answers[key] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
}

function notAnObject(field: string): SkmAnswersFieldError {
  return {
    field,
    code: 'not_an_object',
    message: {
      id: 'Jawaban survei harus berupa objek berisi unsur u1–u9.',
      en: 'Survey answers must be an object keyed by element u1–u9.',
    },
  };
}

function unknownElement(field: string): SkmAnswersFieldError {
  return {
    field,
    code: 'unknown_element',
    message: {
      id: `Unsur tidak dikenal; gunakan ${SKM_ELEMENT_IDS.join(', ')}.`,
      en: `Unknown element; use ${SKM_ELEMENT_IDS.join(', ')}.`,
    },
  };
}

function invalidScore(field: string): SkmAnswersFieldError {
  return {
    field,
    code: 'invalid_score',
    message: { id: 'Harus bilangan bulat 1–4.', en: 'Must be a whole number from 1 to 4.' },
  };
}
