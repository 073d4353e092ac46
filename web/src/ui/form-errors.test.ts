import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { formErrors } from './form-errors';

describe('formErrors', () => {
  const validation = new ApiError({
    status: 400,
    code: 'validation_failed',
    message: 'Data yang dikirim tidak valid.',
    fieldErrors: { email: 'Alamat email tidak valid.', unitCode: 'Unit tidak dikenal.' },
  });

  it('puts messages at the fields the form shows and the rest above it', () => {
    expect(formErrors(validation, ['email', 'name'], 'x')).toEqual({
      fields: { email: 'Alamat email tidak valid.' },
      general: ['Unit tidak dikenal.'],
    });
  });

  it('keeps the API message when no field of the form carries the refusal', () => {
    expect(formErrors(validation, ['name'], 'x').general).toEqual([
      'Data yang dikirim tidak valid.',
      'Alamat email tidak valid.',
      'Unit tidak dikenal.',
    ]);
  });

  it('shows the detail of a refusal other than validation at the field it names', () => {
    const taken = new ApiError({
      status: 409,
      code: 'email_taken',
      message: 'Email ini sudah terdaftar.',
      fieldErrors: { email: 'Nilai tidak valid.' },
    });
    expect(formErrors(taken, ['email'], 'x')).toEqual({
      fields: { email: 'Email ini sudah terdaftar.' },
      general: [],
    });
  });

  it('shows a refusal about a field the form does not have by its detail alone, above the form', () => {
    const expired = new ApiError({
      status: 400,
      code: 'password_reset_invalid',
      message: 'Tautan tidak valid.',
      fieldErrors: { token: 'Tautan tidak valid, minta tautan baru.' },
    });
    expect(formErrors(expired, ['password'], 'x')).toEqual({ fields: {}, general: ['Tautan tidak valid.'] });
  });

  it('shows a refusal without fields above the form, a non-API failure with the fallback, and nothing without an error', () => {
    const notFound = new ApiError({
      status: 404,
      code: 'ticket_not_found',
      message: 'Tiket tidak ditemukan.',
    });
    expect(formErrors(notFound, ['pin'], 'x')).toEqual({ fields: {}, general: ['Tiket tidak ditemukan.'] });
    expect(formErrors(new Error('boom'), [], 'Terjadi kesalahan.')).toEqual({
      fields: {},
      general: ['Terjadi kesalahan.'],
    });
    expect(formErrors(null, ['a'], 'x')).toEqual({ fields: {}, general: [] });
  });
});
