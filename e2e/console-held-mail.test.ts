/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { rawMail } from '../src/test-support/raw-mail.js';
import { checkAndSave } from './support/console.js';
import { connectMailbox, MAILBOX_ADDRESS as ADDRESS } from './support/mailbox.js';
import { browserStory, PHONE } from './support/story.js';

browserStory(
  'mail the mailbox held, dealt with by the helpdesk in the console',
  { viewport: PHONE, mail: 'imap' },
  (story) => {
    it('lists a sender over the hourly limit, imports the held mail into a ticket, and empties the list', async () => {
      const { imap } = story;
      // The unit administrator connects the mailbox, one mail an hour per sender.
      const admin = await story.api('admin');
      await connectMailbox(admin, imap, 1);
      for (const n of [1, 2]) {
        imap.deliver(
          await rawMail({
            from: 'Sari <sari@penyedia.example>',
            to: ADDRESS,
            subject: `Dokumen kualifikasi ${n}`,
            messageId: `<kualifikasi-${n}@penyedia.example>`,
            text: `Pertanyaan ke-${n} tentang dokumen kualifikasi.`,
          }),
        );
      }

      const page = await story.as('helpdesk');
      await page
        .getByRole('navigation', { name: 'Menu konsol' })
        .getByRole('link', { name: 'Surel tertahan' })
        .click();
      await page.getByRole('heading', { name: 'Surel tertahan', level: 1 }).waitFor();
      // The mailbox is read every minute: wait for the second mail to be held.
      const item = page.locator('.held-mail__item', { hasText: 'Dokumen kualifikasi 2' });
      await expect
        .poll(
          async () => {
            await page.reload();
            await page.getByRole('heading', { name: 'Surel tertahan', level: 1 }).waitFor();
            return item.count();
          },
          { timeout: 150_000, interval: 5_000 },
        )
        .toBe(1);
      await item.getByText('Pengirim melewati batas surel per jam').waitFor();
      await item.getByText('sari@penyedia.example').waitFor();
      expect(await page.locator('.held-mail__item', { hasText: 'Dokumen kualifikasi 1' }).count()).toBe(0);
      await checkAndSave(page, 'console-held-mail-phone');

      await item.getByRole('button', { name: 'Impor sekarang' }).click();
      const done = page.getByRole('status').filter({ hasText: 'Surel diimpor:' });
      await done.waitFor();
      const code = (await done.getByRole('link').innerText()).trim();
      expect(code).toMatch(/^PYK-\d{4}-\d{6}$/);
      await page.getByText('Tidak ada surel tertahan.').waitFor();

      // The imported mail is a ticket of its own, with the sender as its reporter.
      await done.getByRole('link').click();
      await page.getByRole('heading', { name: 'Dokumen kualifikasi 2' }).waitFor();
      await page.getByText('sari@penyedia.example').first().waitFor();
      await page.close();
    }, 240_000);
  },
);
