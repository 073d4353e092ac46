import { describe, expect, it } from 'vitest';
import { intakeBody } from './intake-body';

describe('intakeBody', () => {
  it('nests reporter fields and leaves out empty values', () => {
    expect(
      intakeBody(
        {
          'reporter.name': ' Ibu Ratna ',
          'reporter.address': '',
          'reporter.phone': '0752 93456',
          description: 'Cara mengubah email akun.',
          categoryCode: '',
        },
        { channel: 'walk_in', unitCode: 'lpse-kota-payakumbuh' },
      ),
    ).toEqual({
      channel: 'walk_in',
      unitCode: 'lpse-kota-payakumbuh',
      description: 'Cara mengubah email akun.',
      reporter: { name: 'Ibu Ratna', phone: '0752 93456' },
    });
  });

  it('sends no reporter at all for an anonymous slip', () => {
    expect(
      intakeBody(
        { description: 'Antrian terlalu lama.', 'reporter.name': ' ' },
        { channel: 'suggestion_box' },
      ),
    ).toEqual({ channel: 'suggestion_box', description: 'Antrian terlalu lama.' });
  });
});
