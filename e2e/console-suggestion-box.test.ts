/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { checkAndSave, historyTitles, openAction, ticketJson } from './support/console.js';
import { browserStory } from './support/story.js';

const SLIPS = [
  'Antrian di meja helpdesk terlalu lama pada hari Senin pagi.',
  'Mohon disediakan kursi tunggu tambahan di ruang layanan.',
];

/**
 * Story 5 of issue 6, complaints about the service: the helpdesk copies the slips of one opening
 * of the suggestion box (the date once, then each slip); the complaint reaches the Kepala LPSE
 * in "Pengaduan menunggu koordinasi", who records coordination; the helpdesk answers and closes
 * it. Everything through the console in the browser.
 */
browserStory(
  'story 5: a suggestion-box complaint is coordinated by the Kepala LPSE and closes',
  {},
  (story) => {
    it(
      'batches two slips, the Kepala records coordination, the helpdesk resolves and closes',
      { timeout: 180_000 },
      async () => {
        const helpdesk = await story.as('helpdesk');
        await helpdesk.getByRole('link', { name: 'Kotak saran' }).click();
        await helpdesk.getByRole('heading', { name: 'Kotak saran', level: 1 }).waitFor();
        await helpdesk.getByLabel('Tanggal pembukaan kotak').fill('2026-03-02');
        for (const [index, slip] of SLIPS.entries()) {
          await helpdesk.getByLabel('Isi lembar saran').fill(slip);
          await helpdesk.getByRole('button', { name: 'Simpan lembar ini' }).click();
          await helpdesk.locator('.saved-slips li').nth(index).waitFor();
          // The slip form is empty again, ready for the next; the box date stays.
          expect(await helpdesk.getByLabel('Isi lembar saran').inputValue()).toBe('');
          expect(await helpdesk.getByLabel('Tanggal pembukaan kotak').inputValue()).toBe('2026-03-02');
        }
        const saved = await helpdesk.locator('.saved-slips li').allInnerTexts();
        expect(saved).toHaveLength(2);
        expect(await helpdesk.locator('.saved-slips').innerText()).toContain('Senin, 2 Maret 2026');
        await checkAndSave(helpdesk, 'console-suggestion-box-batch');
        const code = (saved[1] ?? '').split(' · ')[0] ?? '';
        expect(code).toMatch(/^PYK-\d{4}-\d{6}$/);
        const slip = await ticketJson(helpdesk, code);
        expect(slip.ticket).toMatchObject({ channel: 'suggestion_box', status: 'new' });
        await helpdesk.close();

        // The Kepala LPSE: both complaints await coordination.
        const kepala = await story.as('kepala');
        await kepala.getByRole('link', { name: 'Menunggu koordinasi' }).click();
        await kepala.getByRole('heading', { name: 'Pengaduan menunggu koordinasi', level: 1 }).waitFor();
        await kepala.locator('.queue-row', { hasText: code }).waitFor();
        expect(await kepala.locator('.queue-row').count()).toBe(2);
        await checkAndSave(kepala, 'console-kepala-awaiting');
        await kepala.locator('.queue-row', { hasText: code }).getByRole('link').click();
        await kepala.getByRole('heading', { level: 1, name: SLIPS[0] }).waitFor();
        expect(await kepala.locator('main').innerText()).toContain('Belum ada catatan koordinasi');
        // The coordination form is open for a complaint without a note.
        await kepala
          .getByLabel('Catatan koordinasi')
          .fill('Setuju menambah petugas helpdesk pada Senin pagi; dievaluasi bulan depan.');
        await kepala.getByRole('button', { name: 'Simpan koordinasi' }).click();
        await kepala.locator('.history__what', { hasText: 'Koordinasi Kepala LPSE dicatat' }).waitFor();
        expect(await kepala.locator('main').innerText()).toContain('Koordinasi dicatat');
        expect(await kepala.locator('.message--internal').innerText()).toContain(
          'Catatan koordinasi Kepala LPSE',
        );
        await checkAndSave(kepala, 'console-kepala-coordination');
        await kepala.getByRole('link', { name: 'Menunggu koordinasi' }).click();
        // The list refreshes by itself: the coordinated complaint leaves it, the other stays.
        await kepala.getByRole('heading', { name: 'Pengaduan menunggu koordinasi', level: 1 }).waitFor();
        await kepala.locator('.queue-row').first().waitFor();
        await kepala.locator('.queue-row', { hasText: code }).waitFor({ state: 'detached' });
        expect(await kepala.locator('.queue-row').count()).toBe(1);
        await kepala.close();

        // The helpdesk answers and closes: an anonymous slip has nobody to confirm.
        const closing = await story.as('helpdesk', `/konsol/tiket/${code}`);
        await closing.getByRole('heading', { level: 1, name: SLIPS[0] }).waitFor();
        await openAction(closing, 'Selesaikan dengan jawaban');
        await closing
          .getByLabel('Jawaban untuk pelapor')
          .fill('Mulai bulan ini ada satu petugas helpdesk tambahan pada Senin pagi.');
        await closing.getByRole('button', { name: 'Selesaikan', exact: true }).click();
        await closing.locator('.history__what', { hasText: 'Diselesaikan dengan jawaban' }).waitFor();
        await openAction(closing, 'Tutup tiket');
        await closing
          .getByLabel('Alasan penutupan')
          .fill('Kotak saran anonim, tidak ada yang dapat mengonfirmasi');
        await closing.getByRole('button', { name: 'Tutup tiket', exact: true }).click();
        await closing.locator('.history__what', { hasText: 'Ditutup oleh petugas' }).waitFor();
        expect(await closing.locator('.ticket-header').innerText()).toContain('Ditutup');
        expect(await historyTitles(closing)).toEqual([
          'Tiket dibuat',
          'Koordinasi Kepala LPSE dicatat',
          'Diselesaikan dengan jawaban',
          'Ditutup oleh petugas',
        ]);
        expect((await ticketJson(closing, code)).ticket.status).toBe('closed');
        await closing.close();
      },
    );
  },
);
