/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { checkAndSave } from './support/console.js';
import { browserStory, PHONE } from './support/story.js';

const UNIT = 'lpse-kota-payakumbuh';
const question = (subject: string) => ({
  unitCode: UNIT,
  channel: 'portal',
  subject,
  description: 'Dokumen penawaran gagal diunggah.',
});

browserStory(
  'a helpdesk member switches a notice mail off from the link in that mail',
  { viewport: PHONE, mail: 'smtp' },
  (story) => {
    const mailsTo = (address: string, subjectPart: string) =>
      story.sink.received.filter(
        (m) => m.to.includes(address) && (m.parsed.subject ?? '').includes(subjectPart),
      );

    it('follows the mail to /akun, saves the switch, and the next new ticket comes in the app only', async () => {
      const vendor = await story.api('penyedia');
      const first = await vendor.post<{ ticket: { code: string } }>(
        '/api/tickets',
        question('Gagal unggah penawaran'),
      );

      // The outbox is sent by a job every 15 s.
      await expect
        .poll(() => mailsTo('helpdesk@demo.test', first.ticket.code).length, {
          timeout: 45_000,
          interval: 500,
        })
        .toBe(1);
      const text = mailsTo('helpdesk@demo.test', first.ticket.code)[0]?.parsed.text ?? '';
      const settings = new URL(/https?:\/\/\S+\/akun/.exec(text)?.[0] ?? 'http://x/none');
      expect(settings.pathname).toBe('/akun');

      const page = await story.as('helpdesk', settings.pathname);
      const section = page.getByRole('region', { name: 'Pemberitahuan surel' });
      const newTicket = section.getByLabel('Tiket baru di tingkat saya');
      await newTicket.waitFor();
      expect(await newTicket.isChecked()).toBe(true);
      expect(await section.getByLabel('Tiket saya melewati batas waktu').isChecked()).toBe(true);
      await newTicket.uncheck();
      await section.getByRole('button', { name: 'Simpan pengaturan surel' }).click();
      await section.getByRole('status').getByText('Pengaturan surel disimpan.').waitFor();
      await checkAndSave(page, 'account-mail-preferences-phone');

      // Stored, not only shown: a fresh page reads it back.
      await page.reload();
      await section.getByLabel('Tiket baru di tingkat saya').waitFor();
      expect(await section.getByLabel('Tiket baru di tingkat saya').isChecked()).toBe(false);
      expect(await section.getByLabel('Tiket dieskalasi ke tingkat saya').isChecked()).toBe(true);

      // The next ticket: the reporter's acknowledgement goes out, the helpdesk's mail does not;
      // the notice still waits in the app.
      const second = await vendor.post<{ ticket: { code: string } }>(
        '/api/tickets',
        question('Tidak bisa masuk SPSE'),
      );
      await expect
        .poll(() => mailsTo('penyedia@demo.test', second.ticket.code).length, {
          timeout: 45_000,
          interval: 500,
        })
        .toBe(1);
      expect(mailsTo('helpdesk@demo.test', second.ticket.code)).toEqual([]);
      const notices = await page.evaluate(async () => (await fetch('/api/notifications')).json());
      expect(JSON.stringify(notices)).toContain(second.ticket.code);
      await page.close();
    }, 150_000);

    it("is not offered to a reporter, whose mail is the service's answer", async () => {
      const page = await story.as('penyedia', '/akun');
      await page.getByRole('heading', { name: 'Akun saya' }).waitFor();
      expect(await page.getByRole('region', { name: 'Pemberitahuan surel' }).count()).toBe(0);
      await page.close();
    }, 60_000);
  },
);
