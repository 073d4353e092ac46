import { describe, expect, it } from 'vitest';
import { wholeNumberOrText } from './form-values';

describe('a number typed into a form', () => {
  it('goes as a number when whole, and as typed otherwise so the API names the field', () => {
    expect(wholeNumberOrText(' 993 ')).toBe(993);
    expect(wholeNumberOrText('0')).toBe(0);
    expect(wholeNumberOrText('9,5')).toBe('9,5');
    expect(wholeNumberOrText('-1')).toBe('-1');
    expect(wholeNumberOrText('')).toBe('');
  });
});
