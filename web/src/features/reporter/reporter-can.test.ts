import { describe, expect, it } from 'vitest';
import { reporterCan } from './reporter-can';

describe('reporterCan', () => {
  it('offers only what the server allows', () => {
    expect(reporterCan(['claim', 'attach'])).toEqual({
      answer: false,
      confirm: false,
      reject: false,
      claim: true,
      attach: true,
    });
    expect(reporterCan(['reject_resolution', 'attach'])).toMatchObject({ confirm: false, reject: true });
    expect(reporterCan(['confirm', 'reject_resolution'])).toMatchObject({ confirm: true, reject: true });
    expect(reporterCan([])).toEqual({
      answer: false,
      confirm: false,
      reject: false,
      claim: false,
      attach: false,
    });
  });
});
