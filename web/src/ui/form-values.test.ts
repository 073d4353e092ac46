import { describe, expect, it } from 'vitest';
import { wholeNumber } from './form-values';

describe('a number typed into a form', () => {
  it('goes as a number when whole, and as null otherwise so the API names the field', () => {
    expect(wholeNumber(' 993 ')).toBe(993);
    expect(wholeNumber('0')).toBe(0);
    expect(wholeNumber('9,5')).toBeNaN();
    expect(wholeNumber('-1')).toBeNaN();
    expect(wholeNumber('')).toBeNaN();
    expect(JSON.stringify({ port: wholeNumber('9,5') })).toBe('{"port":null}');
  });
});
