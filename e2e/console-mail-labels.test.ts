/// <reference lib="dom" />
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rawMail } from '../src/test-support/raw-mail.js';
import { checkAndSave } from './support/console.js';
import { connectMailbox, MAILBOX_ADDRESS as ADDRESS, MAILBOX_UNIT as UNIT } from './support/mailbox.js';
import { browserStory, PHONE } from './support/story.js';

/** Codes of the lifecycle that must never reach a person's eyes. */
const RAW_CODES = [
  'mail_received',
  'reporter_answered',
  'ticket_mail_received',
  'ticket_reporter_answered',
  'ticket_new',
];

async function expectNoRawCodes(page: Page, selector: string): Promise<void> {
  const text = (await page.locator(selector).allInnerTexts()).join('\n');
  for (const code of RAW_CODES) expect(text).not.toContain(code);
}

browserStory(
  'replies that arrive by mail, as the console tells of them',
  { viewport: PHONE, mail: 'imap' },
  (story) => {
    it('names the reporter’s mailed answer and a colleague’s mail in words, in Indonesian and in English', async () => {
      const { imap } = story;
      const admin = await story.api('admin');
      await connectMailbox(admin, imap, 10);
      const vendor = await story.api('penyedia');
      const { ticket } = await vendor.post<{ ticket: { code: string } }>('/api/tickets', {
        unitCode: UNIT,
        channel: 'portal',
        subject: 'Dokumen penawaran gagal diunggah',
        description: 'Unggahan berhenti di 90 persen.',
      });
      const code = ticket.code;

      // The reporter answers from their own address; a colleague writes about the same ticket.
      imap.deliver(
        await rawMail({
          from: 'Penyedia Demo <penyedia@demo.test>',
          to: ADDRESS,
          subject: `Re: [${code}] Dokumen penawaran gagal diunggah`,
          messageId: `<jawaban-${code}@demo.test>`,
          text: 'Sudah saya coba dengan peramban lain, tetap gagal.',
        }),
      );
      imap.deliver(
        await rawMail({
          from: 'Rekan Kerja <rekan@penyedia.example>',
          to: ADDRESS,
          subject: `Re: [${code}] Dokumen penawaran gagal diunggah`,
          messageId: `<rekan-${code}@penyedia.example>`,
          text: 'Saya rekan pelapor; kami memakai jaringan kantor.',
        }),
      );

      const page = await story.as('helpdesk', `/konsol/tiket/${code}`);
      // The mailbox is read every minute: wait for both mails in the history.
      const mailNote = page.locator('.history__what', {
        hasText: 'Surel diterima, disimpan sebagai catatan internal',
      });
      await expect
        .poll(
          async () => {
            await page.reload();
            await page.getByRole('heading', { name: 'Riwayat' }).waitFor();
            return mailNote.count();
          },
          { timeout: 150_000, interval: 5_000 },
        )
        .toBe(1);
      await page.locator('.history__what', { hasText: 'Pelapor menjawab melalui surel' }).waitFor();
      await expectNoRawCodes(page, '.history');
      expect(await page.locator('.history').innerText()).not.toContain('Perubahan');
      await checkAndSave(page, 'console-mail-history');

      await page
        .getByRole('navigation', { name: 'Menu konsol' })
        .getByRole('link', { name: /^Notifikasi/ })
        .click();
      await page.getByRole('heading', { name: 'Notifikasi', level: 1 }).waitFor();
      await page.getByText(`Surel baru masuk pada ${code}`).waitFor();
      await page.getByText(`Pelapor menjawab pada ${code}`).waitFor();
      await expectNoRawCodes(page, '.notifications');
      await checkAndSave(page, 'console-mail-notifications');

      // The same in English.
      await page.getByRole('button', { name: /^EN/ }).click();
      await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
      await page.getByText(`New mail received on ${code}`).waitFor();
      await page.getByText(`The reporter answered on ${code}`).waitFor();
      await expectNoRawCodes(page, '.notifications');

      await page.getByText(`New mail received on ${code}`).click();
      await page.getByRole('heading', { name: 'History' }).waitFor();
      await page.locator('.history__what', { hasText: 'Mail received, kept as an internal note' }).waitFor();
      await page.locator('.history__what', { hasText: 'The reporter answered by mail' }).waitFor();
      await expectNoRawCodes(page, '.history');
      expect(await page.locator('.history').innerText()).not.toContain('Change:');
      await checkAndSave(page, 'console-mail-history-en');
      await page.getByRole('button', { name: /^ID/ }).click();
      await page.close();
    }, 240_000);
  },
);
