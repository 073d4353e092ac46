/// <reference lib="dom" />
import path from 'node:path';
import { expect, it, beforeAll } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { SCREENSHOTS } from './support/browser.js';
import { browserStory, PHONE } from './support/story.js';

type Created = { ticket: { code: string; trackingPin?: string } };

browserStory(
  "the satisfaction survey on a phone and the Kepala LPSE's reports",
  { viewport: PHONE },
  (story) => {
    let code = '';
    let pin = '';

    beforeAll(async () => {
      // A walk-in visitor's question, answered at the counter: the survey opens.
      const helpdesk = await story.api('helpdesk');
      const created = await helpdesk.post<Created>('/api/tickets', {
        channel: 'walk_in',
        reporter: { name: 'Siti Rahma', address: 'Jl. Sudirman No. 5, Payakumbuh', phone: '0812 1111 2222' },
        description: 'Pengunjung menanyakan cara mendaftar akun penyedia di SPSE.',
      });
      code = created.ticket.code;
      pin = created.ticket.trackingPin ?? '';
      await helpdesk.post(`/api/tickets/${code}/resolution`, {
        answer: 'Daftar melalui menu Registrasi Penyedia, lalu verifikasi di kantor LPSE.',
      });
    });

    it('the visitor answers the survey of their ticket with the PIN: radio groups, an error at the top, a thank-you', async () => {
      const page = await story.anonymous();
      await page.goto(`${story.server.url}/survei/${code}?pin=${pin}`);
      await page.getByRole('heading', { name: `Survei kepuasan untuk tiket ${code}` }).waitFor();
      expect(await page.getByRole('radiogroup').count()).toBe(0);
      expect(await page.locator('fieldset legend').first().innerText()).toContain('U1.');
      await page.getByRole('button', { name: 'Kirim survei' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('Jawab paling sedikit satu pertanyaan.');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      await page.getByLabel('Sangat sesuai').first().check();
      await page.getByLabel('Gratis').check();
      await page.getByLabel('Sangat sopan dan ramah').check();
      await page.getByLabel('Jenis kelamin').selectOption('perempuan');
      await page.getByLabel('Saran dan masukan').fill('Petugas sangat membantu.');
      await page.screenshot({ path: path.join(SCREENSHOTS, 'survey-phone.png') });
      await page.getByRole('button', { name: 'Kirim survei' }).click();
      await page.getByRole('heading', { name: 'Terima kasih' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.classList.contains('survey-thanks'))).toBe(
        true,
      );

      // The link again: answered once, it says so.
      await page.goto(`${story.server.url}/survei/${code}?pin=${pin}`);
      await page.getByRole('heading', { name: 'Survei sudah diisi' }).waitFor();
      await page.close();
    }, 90_000);

    it("the counter's general survey starts afresh for the next visitor", async () => {
      const page = await story.anonymous();
      await page.goto(`${story.server.url}/u/lpse-kota-payakumbuh/survei`);
      await page
        .getByRole('heading', { name: /Survei Kepuasan Masyarakat — LPSE Kota Payakumbuh/ })
        .waitFor();
      await page.getByLabel('Sangat cepat').check();
      await page.getByRole('button', { name: 'Kirim survei' }).click();
      await page.getByRole('heading', { name: 'Terima kasih' }).waitFor();
      await page.getByRole('button', { name: 'Isi survei untuk responden berikutnya' }).click();
      expect(await page.getByLabel('Sangat cepat').isChecked()).toBe(false);
      await page.close();
    });

    it('the Kepala LPSE reads this month: figures, charts with text alternatives, downloads', async () => {
      // At the Kepala's desk, on a desktop.
      const page = await story.as('kepala', '/laporan');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('heading', { name: 'Laporan kinerja layanan' }).waitFor();
      await page.getByText('tiket diterima', { exact: true }).waitFor();
      const figures = await page.getByRole('list', { name: 'Angka utama' }).innerText();
      expect(figures).toMatch(/1\s+tiket diterima/);
      expect(figures).toMatch(/1\s+tiket diselesaikan/);
      const channelChart = page.getByRole('img', { name: /Per kanal/ });
      expect(await channelChart.getAttribute('aria-labelledby')).toBeTruthy();
      expect(await channelChart.locator('desc').textContent()).toContain('Datang langsung: 1');
      expect(await page.getByText('2 responden').count()).toBe(1);
      const excel = page.getByRole('link', { name: 'Excel (.xlsx)' }).first();
      expect(await excel.getAttribute('href')).toMatch(
        /^\/api\/units\/lpse-kota-payakumbuh\/reports\/monthly\?month=\d{4}-\d{2}&format=xlsx$/,
      );
      const download = await fetch(`${story.server.url}${await excel.getAttribute('href')}`, {
        headers: {
          cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; '),
        },
      });
      expect(download.status).toBe(200);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'reports-dashboard.png'), fullPage: true });
      await page.close();
    }, 90_000);
  },
);
