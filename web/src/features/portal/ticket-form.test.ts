import { describe, expect, it } from 'vitest';
import { emptyTicketForm, toNewTicket, type TicketFormValues } from './ticket-form';

describe('toNewTicket', () => {
  it('sends the portal channel and trimmed text, leaving out empty optional fields', () => {
    const values = {
      ...emptyTicketForm('lpse-kota-payakumbuh'),
      subject: '  CV Maju: gagal unggah  ',
      description: ' Dokumen penawaran gagal diunggah. ',
      tenderCode: ' ',
    };
    expect(toNewTicket(values)).toEqual({
      unitCode: 'lpse-kota-payakumbuh',
      channel: 'portal',
      subject: 'CV Maju: gagal unggah',
      type: 'permasalahan',
      description: 'Dokumen penawaran gagal diunggah.',
    });
  });

  it('keeps every LPSE Support field that was filled in', () => {
    const values: TicketFormValues = {
      ...emptyTicketForm('u'),
      subject: 'Subjek',
      description: 'Deskripsi panjang',
      type: 'usulan',
      categoryCode: 'error-spse',
      application: 'SPSE',
      errorCode: 'E-500',
      tenderCode: '12345678',
    };
    expect(toNewTicket(values)).toMatchObject({
      type: 'usulan',
      categoryCode: 'error-spse',
      application: 'SPSE',
      errorCode: 'E-500',
      tenderCode: '12345678',
    });
  });
});
