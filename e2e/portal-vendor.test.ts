/// <reference lib="dom" />
import path from 'node:path';
import { expect, it } from 'vitest';
import { TINY_PNG } from './support/api.js';
import { seriousViolations } from './support/axe.js';
import { SCREENSHOTS } from './support/browser.js';
import { browserStory, PHONE } from './support/story.js';

browserStory(
  'story 1: a vendor registers, submits a question with an attachment, sees it in "Tiket saya"',
  { viewport: PHONE },
  (story) => {
    it('goes from the unit home page through registration to the ticket, on a phone', async () => {
      const page = await story.anonymous();
      const main = page.locator('main');
      const fieldError = (name: string) => page.locator(`.field:has([name="${name}"]) .field__error`);

      // The home page: the ways to ask, the channels, the office hours and the next holidays.
      await page.goto(story.server.url);
      await page.getByRole('heading', { name: 'Jam layanan' }).waitFor();
      await page.locator('#hari-libur').getByText('Hari libur nasional dan cuti bersama').waitFor();
      await expect
        .poll(() => page.locator('#jam-layanan').innerText())
        .toContain('07:30–16:00 (istirahat 12:00–13:00)');
      expect(await page.locator('#jam-layanan').innerText()).toMatch(/Senin – Kamis/);
      expect(await page.locator('.service-actions a[href^="tel:"]').getAttribute('href')).toBe(
        'tel:+6275292317',
      );
      expect(await page.locator('#hari-libur').innerText()).not.toContain('Memuat');
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'home-hours-phone.png'), fullPage: true });

      // Asking needs an account: sign-in page, then "Daftar", then back to the form.
      await main.getByRole('link', { name: 'Ajukan pertanyaan' }).click();
      await page.waitForURL(/\/masuk\?next=/);
      await main.getByRole('link', { name: 'Daftar' }).click();
      await page.waitForURL(/\/daftar\?next=/);
      await page.getByRole('heading', { name: 'Daftar akun' }).waitFor();

      // The API's refusals are shown at their fields.
      await page.getByLabel('Nama lengkap').fill('Budi Santoso');
      await page.getByLabel('Email').fill('budi@');
      await page.getByLabel('Kata sandi', { exact: true }).fill('pendek');
      await page.getByLabel('Nomor telepon').fill('0812 3456 7890');
      await page.getByLabel('Jenis pengguna').selectOption('penyedia');
      await page.getByLabel('Perusahaan / instansi').fill('CV Maju Jaya');
      await page.getByRole('button', { name: 'Daftar', exact: true }).click();
      await fieldError('email').getByText('Alamat email tidak valid.').waitFor();
      expect(await fieldError('password').innerText()).toBe('Minimal 10 karakter.');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'register-errors-phone.png'), fullPage: true });

      await page.getByLabel('Email').fill('budi@majujaya.co.id');
      await page.getByLabel('Kata sandi', { exact: true }).fill('kata-sandi-budi-1');
      await page.getByRole('button', { name: 'Daftar', exact: true }).click();
      await page.waitForURL(/\/tiket\/baru/);
      await page.getByRole('heading', { name: 'Ajukan pertanyaan' }).waitFor();

      // The LPSE Support form; a description the API finds too short comes back at its field.
      await page.getByLabel('Judul').fill('CV Maju Jaya – gagal unggah dokumen penawaran');
      await page.getByLabel('Usulan').check();
      await page.getByLabel('Permasalahan').check();
      await page.getByLabel('Kategori').selectOption('tender-nontender');
      await page.getByLabel('Aplikasi').selectOption('SPSE');
      await page.getByLabel('Kode tender/paket (tidak wajib)').fill('10012345000');
      await page.getByLabel('Uraian').fill('Gagal');
      await page.getByRole('button', { name: 'Kirim pertanyaan' }).click();
      await fieldError('description').getByText('Minimal 10 karakter.').waitFor();

      await page
        .getByLabel('Uraian')
        .fill('Saat mengunggah dokumen penawaran muncul pesan galat. NPWP 01.234.567.8-901.000.');
      await page.getByLabel('Lampiran (tidak wajib)').setInputFiles([
        { name: 'layar.png', mimeType: 'image/png', buffer: TINY_PNG },
        { name: 'catatan.png', mimeType: 'image/png', buffer: Buffer.from('bukan gambar, hanya teks') },
      ]);
      await page.getByRole('img', { name: 'Pratinjau layar.png' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'new-ticket-phone.png'), fullPage: true });
      await page.getByRole('button', { name: 'Kirim pertanyaan' }).click();

      // The ticket is created; the picture goes up, the disguised text file is refused with the API's message.
      await page.getByRole('heading', { name: 'Pertanyaan terkirim' }).waitFor();
      await main.getByText('Jenis berkas "catatan.png" tidak diterima').waitFor();
      const code = /Tiket (\S+) sudah dibuat/.exec(await main.innerText())?.[1] ?? '';
      expect(code).toMatch(/^PYK-\d{4}-\d{6}$/);
      expect(
        await page.getByRole('progressbar', { name: 'Kemajuan unggah layar.png' }).getAttribute('value'),
      ).toBe('100');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'new-ticket-file-refused-phone.png'),
        fullPage: true,
      });

      // The ticket page: status, position, the question and its picture.
      await main.getByRole('link', { name: 'Buka tiket' }).click();
      await page.getByRole('heading', { name: /gagal unggah dokumen penawaran/ }).waitFor();
      const detail = await main.innerText();
      expect(detail).toContain('Baru');
      expect(detail).toContain('Tiket Anda sedang berada di Helpdesk LPSE.');
      expect(detail).toContain('10012345000');
      expect(await main.getByRole('link', { name: 'layar.png' }).getAttribute('href')).toMatch(
        new RegExp(`/api/tickets/${code}/attachments/`),
      );
      expect(await main.getByRole('link', { name: 'catatan.png' }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);

      // "Tiket saya", from the header.
      await page.getByRole('link', { name: 'Tiket saya', exact: true }).click();
      await page.getByRole('heading', { name: 'Tiket saya', level: 1 }).waitFor();
      const row = main.locator('.ticket-row', { hasText: code });
      await row.waitFor();
      expect(await row.innerText()).toContain('gagal unggah dokumen penawaran');
      expect(await row.innerText()).toContain('Baru');
      expect(await row.innerText()).toContain('Helpdesk LPSE');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'my-tickets-phone.png'), fullPage: true });

      await page.getByRole('button', { name: /^EN/ }).click();
      await page.getByRole('heading', { name: 'My tickets', level: 1 }).waitFor();
      expect(await row.innerText()).toContain('LPSE helpdesk');
      await page.close();
    }, 90_000);
  },
);
