import { describe, expect, it } from 'vitest';
import { ApiError, problemToApiError } from './api-error';

describe('problemToApiError', () => {
  it('reads status, code, detail and field errors from an RFC 9457 problem', () => {
    const error = problemToApiError(
      400,
      {
        type: 'https://tanggap.example/problems/validation',
        title: 'Bad Request',
        status: 400,
        detail: 'Periksa kembali isian Anda.',
        code: 'validation_failed',
        errors: [
          { field: 'email', code: 'invalid_email', message: 'Email tidak valid.' },
          { field: 'email', code: 'too_long', message: 'Terlalu panjang.' },
          { field: 'password', code: 'required', message: 'Kata sandi wajib diisi.' },
        ],
      },
      'fallback',
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Periksa kembali isian Anda.',
    });
    expect(error.fieldErrors).toEqual({ email: 'Email tidak valid.', password: 'Kata sandi wajib diisi.' });
    expect(error.hasFieldErrors).toBe(true);
  });

  it('keeps the code of a non-validation problem and has no field errors', () => {
    const error = problemToApiError(
      429,
      {
        title: 'Too Many Requests',
        status: 429,
        detail: 'Terlalu banyak percobaan.',
        code: 'too_many_attempts',
      },
      'fallback',
    );
    expect(error).toMatchObject({
      status: 429,
      code: 'too_many_attempts',
      message: 'Terlalu banyak percobaan.',
    });
    expect(error.hasFieldErrors).toBe(false);
  });

  it('falls back to the title, then to the given message', () => {
    expect(problemToApiError(404, { title: 'Not Found', code: 'not_found' }, 'x').message).toBe('Not Found');
    expect(problemToApiError(500, { detail: '  ' }, 'Terjadi kesalahan.').message).toBe('Terjadi kesalahan.');
  });

  it('copes with a body that is not a problem at all', () => {
    const error = problemToApiError(502, undefined, 'Terjadi kesalahan.');
    expect(error).toMatchObject({ status: 502, code: 'unexpected_response', message: 'Terjadi kesalahan.' });
    expect(problemToApiError(400, { errors: [null, { field: 'a' }, 'x'] }, 'f').fieldErrors).toEqual({});
  });
});
