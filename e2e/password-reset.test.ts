/// <reference lib="dom" />
import path from 'node:path';
import { expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { SCREENSHOTS } from './support/browser.js';
import { browserStory, PHONE } from './support/story.js';

browserStory(
  'a forgotten password, reset through the one-time link in the mail',
  { viewport: PHONE, mail: 'smtp' },
  (story) => {
    it('answers neutrally, mails a link, and the new password signs in', async () => {
      const page = await story.anonymous();
      const main = page.locator('main');

      await page.goto(`${story.server.url}/masuk`);
      await main.getByRole('link', { name: 'Lupa kata sandi?' }).click();
      await page.getByRole('heading', { name: 'Lupa kata sandi' }).waitFor();
      await page.getByLabel('Email').fill('penyedia@demo.test');
      await page.getByRole('button', { name: 'Kirim tautan' }).click();
      await main.getByText('Jika penyedia@demo.test terdaftar').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      // The mail leaves through the outbox (a job, every 15 s) to the SMTP server.
      await expect
        .poll(() => story.sink.received.length, { timeout: 45_000, interval: 500 })
        .toBeGreaterThan(0);
      const text = story.sink.received[0]?.parsed.text ?? '';
      const link = new URL(/https?:\/\/\S+\/atur-sandi\?token=[\w-]+/.exec(text)?.[0] ?? 'http://x/none');
      expect(link.pathname).toBe('/atur-sandi');

      await page.goto(`${story.server.url}${link.pathname}${link.search}`);
      await page.getByRole('heading', { name: 'Buat kata sandi baru' }).waitFor();
      await page.getByLabel('Kata sandi baru', { exact: true }).fill('pendek');
      await page.getByLabel('Ulangi kata sandi baru').fill('pendek');
      await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
      await page
        .locator('.field:has([name="password"]) .field__error')
        .getByText('Minimal 10 karakter.')
        .waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'reset-password-error-phone.png'),
        fullPage: true,
      });

      await page.getByLabel('Kata sandi baru', { exact: true }).fill('sandi-baru-penyedia-1');
      await page.getByLabel('Ulangi kata sandi baru').fill('sandi-baru-penyedia-1');
      await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
      await main.getByText('Kata sandi Anda sudah diganti.').waitFor();

      // The link works once.
      await page.goto(`${story.server.url}${link.pathname}${link.search}`);
      await page.getByLabel('Kata sandi baru', { exact: true }).fill('sandi-lain-penyedia-2');
      await page.getByLabel('Ulangi kata sandi baru').fill('sandi-lain-penyedia-2');
      await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
      await page.getByRole('alert').getByText('tidak valid, sudah dipakai, atau kedaluwarsa').waitFor();
      expect(await main.getByRole('link', { name: 'Minta tautan baru' }).count()).toBe(1);

      await page.goto(`${story.server.url}/masuk`);
      await page.getByLabel('Email').fill('penyedia@demo.test');
      await page.getByLabel('Kata sandi').fill('sandi-baru-penyedia-1');
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.waitForURL(/\/akun$/);
      await page.close();
    }, 120_000);
  },
);
