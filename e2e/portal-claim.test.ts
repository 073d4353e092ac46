/// <reference lib="dom" />
import path from 'node:path';
import { expect, it, beforeAll } from 'vitest';
import { type ApiSession } from './support/api.js';
import { seriousViolations } from './support/axe.js';
import { SCREENSHOTS } from './support/browser.js';
import { E2E_PASSWORD } from './support/server.js';
import { browserStory } from './support/story.js';

type Created = { ticket: { code: string } };

browserStory(
  'a caller claims the ticket the helpdesk redirected to the portal, then follows it there',
  {},
  (story) => {
    let helpdesk: ApiSession;
    let code = '';
    let claimPath = '';

    beforeAll(async () => {
      // Telephone procedure 1b.5: no Admin PPE can be reached, so the caller gets a link.
      const adminPpe = await story.api('adminppe');
      await adminPpe.put('/api/me/availability', { availability: 'unreachable' });
      helpdesk = await story.api('helpdesk');
      const created = await helpdesk.post<Created>('/api/tickets', {
        channel: 'phone',
        reporter: { name: 'Andi Pratama', phone: '0813 3333 4444' },
        purpose: 'Menanyakan jadwal pembuktian kualifikasi',
        subject: 'Jadwal pembuktian kualifikasi tender jalan',
        description: 'Penelepon menanyakan jadwal pembuktian kualifikasi yang tidak tampil di SPSE.',
      });
      code = created.ticket.code;
      const redirected = await helpdesk.post<{ claimUrl: string }>(
        `/api/tickets/${code}/redirect-to-portal`,
        {},
      );
      const link = new URL(redirected.claimUrl);
      claimPath = `${link.pathname}${link.search}`;
    });

    it('signs in through the link, finds the ticket, answers, says not solved, then confirms', async () => {
      const page = await story.anonymous();
      const main = page.locator('main');

      await page.goto(`${story.server.url}${claimPath}`);
      await page.getByRole('heading', { name: 'Lanjutkan pertanyaan Anda' }).waitFor();
      expect(await main.innerText()).toContain(code);
      expect(await seriousViolations(page)).toEqual([]);
      await main.getByRole('link', { name: 'Masuk' }).click();
      await page.getByLabel('Email').fill('penyedia@demo.test');
      await page.getByLabel('Kata sandi').fill(E2E_PASSWORD);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();

      // Back through the link: the ticket is now the caller's, its question carried over.
      await page.waitForURL(new RegExp(`/tiket/${code}$`));
      await main.getByText(`Tiket ${code} kini tercatat di akun Anda.`).waitFor();
      expect(await main.innerText()).toContain('Penelepon menanyakan jadwal pembuktian kualifikasi');
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'claimed-ticket-desktop.png'), fullPage: true });

      // A request for more data, answered in the portal.
      await helpdesk.post(`/api/tickets/${code}/info-requests`, {
        question: 'Mohon sebutkan kode tender yang dimaksud.',
      });
      await page.reload();
      await page.getByRole('heading', { name: 'Jawab permintaan data tambahan' }).waitFor();
      await page.getByLabel('Jawaban Anda').fill('Kode tender 10099887000.');
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      await main.locator('.badge', { hasText: 'Sedang ditangani' }).waitFor();

      // Resolved, but not solved for the caller: back to the helpdesk with the comment.
      await helpdesk.post(`/api/tickets/${code}/resolution`, {
        answer: 'Jadwal pembuktian sudah tampil di SPSE.',
      });
      await page.reload();
      await page.getByRole('heading', { name: 'Apakah masalah Anda sudah selesai?' }).waitFor();
      await page.getByLabel('Komentar (tidak wajib)').fill('Jadwal masih belum tampil di akun saya.');
      await page.getByRole('button', { name: 'Belum selesai' }).click();
      await main.locator('.badge', { hasText: 'Sedang ditangani' }).waitFor();
      expect(await main.innerText()).toContain('Jadwal masih belum tampil di akun saya.');

      await helpdesk.post(`/api/tickets/${code}/resolution`, {
        answer: 'Sudah kami perbaiki; silakan muat ulang halaman SPSE.',
      });
      await page.reload();
      await page.getByRole('button', { name: 'Ya, sudah selesai' }).click();
      await main.locator('.badge', { hasText: 'Ditutup' }).waitFor();
      expect(await main.getByRole('link', { name: 'Beri penilaian layanan' }).getAttribute('href')).toBe(
        `/survei/${code}`,
      );
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({
        path: path.join(SCREENSHOTS, 'portal-ticket-closed-desktop.png'),
        fullPage: true,
      });

      // A used link cannot be claimed again: the API's refusal, and what to do.
      await page.goto(`${story.server.url}${claimPath}`);
      await main.getByText('Tautan mungkin sudah dipakai').waitFor();
      expect((await page.getByRole('alert').innerText()).trim()).not.toBe('');
      await page.close();
    }, 90_000);
  },
);
