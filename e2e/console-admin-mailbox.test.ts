/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { rawMail } from '../src/test-support/raw-mail.js';
import { checkAndSave } from './support/console.js';
import { browserStory, PHONE } from './support/story.js';

const ADDRESS = 'pengaduan.lpse.pyk@example.go.id';

/**
 * The unit administrator connects the complaint mailbox from the console (no API call, no
 * server file): the API's refusal of a password variable outside the unit's prefix shows at
 * its field, a mail then becomes a ticket, the page tells when the mailbox was last read,
 * and reading stops on request.
 */
browserStory(
  'the complaint mailbox, connected from the administration console',
  { viewport: PHONE, mail: 'imap' },
  (story) => {
    it('connects the mailbox, names the field it refuses, shows the last read, and stops reading', async () => {
      const { imap } = story;
      const page = await story.as('admin', '/konsol/admin');
      await page
        .getByRole('navigation', { name: 'Menu administrasi' })
        .getByRole('link', { name: 'Kotak surel' })
        .click();
      await page.getByRole('heading', { name: 'Kotak surel pengaduan', level: 2 }).waitFor();
      await page.getByText('Unit ini belum menghubungkan kotak surel.').waitFor();

      const form = page.locator('form', {
        has: page.getByRole('heading', { name: 'Hubungkan kotak surel' }),
      });
      await form.getByLabel('Server IMAP').fill(imap.host);
      await form.getByLabel('Port', { exact: true }).fill(String(imap.port));
      await form.getByLabel('TLS sejak awal (port 993)').uncheck();
      await form.getByLabel('Nama pengguna').fill(imap.user);
      // Another unit's secret is out of reach: the name must carry this unit's prefix.
      await form.getByLabel('Nama variabel kata sandi').fill('MAILBOX_BKT_IMAP');
      await form.getByLabel('Alamat surel pengaduan (opsional)').fill(ADDRESS);
      await form.getByRole('button', { name: 'Simpan pengaturan' }).click();
      await form.getByText('Nama variabel harus diawali MAILBOX_PYK_.').waitFor();
      expect(await form.getByLabel('Nama variabel kata sandi').getAttribute('aria-invalid')).toBe('true');
      await page.getByText('Unit ini belum menghubungkan kotak surel.').waitFor();

      await form.getByLabel('Nama variabel kata sandi').fill('MAILBOX_PYK_IMAP');
      await form.getByRole('button', { name: 'Simpan pengaturan' }).click();
      await page.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
      const status = page.locator('section', {
        has: page.getByRole('heading', { name: 'Keadaan pembacaan' }),
      });
      await status.getByText('Dibaca setiap menit').waitFor();
      await status.getByText(ADDRESS).waitFor();
      expect(await status.getByText('belum diisi di server').count()).toBe(0);

      // A complaint arrives; the mailbox is read every minute.
      imap.deliver(
        await rawMail({
          from: 'Budi <budi@warga.example>',
          to: ADDRESS,
          subject: 'Layanan verifikasi lambat',
          messageId: '<verifikasi-1@warga.example>',
          text: 'Verifikasi dokumen kami sudah seminggu belum diproses.',
        }),
      );
      const helpdesk = await story.api('helpdesk');
      type Listed = { tickets: Array<{ subject: string; kind: string }> };
      await expect
        .poll(async () => (await helpdesk.get<Listed>('/api/tickets?q=verifikasi&limit=5')).tickets, {
          timeout: 150_000,
          interval: 5_000,
        })
        .toEqual([expect.objectContaining({ subject: 'Layanan verifikasi lambat', kind: 'complaint' })]);
      await page.reload();
      await status.getByRole('heading', { name: 'Keadaan pembacaan' }).waitFor();
      expect(await status.getByText('belum pernah').count()).toBe(0);
      await checkAndSave(page, 'console-admin-mailbox-phone');

      // Stop reading: the settings go, the mail already imported stays a ticket.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Berhenti membaca kotak surel' }).click();
      await page.getByRole('status').filter({ hasText: 'Kotak surel tidak dibaca lagi.' }).waitFor();
      await page.getByText('Unit ini belum menghubungkan kotak surel.').waitFor();
      expect((await helpdesk.get<Listed>('/api/tickets?q=verifikasi&limit=5')).tickets).toHaveLength(1);
      await page.close();
    }, 240_000);
  },
);
