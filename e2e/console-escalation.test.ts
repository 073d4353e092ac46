/// <reference lib="dom" />
import { expect, it, beforeAll } from 'vitest';
import { checkAndSave, historyTitles, openAction, ticketJson } from './support/console.js';
import { browserStory } from './support/story.js';

/**
 * Story 2 of issue 6, procedure 1a.4 and 2 of the service standard: the helpdesk escalates a
 * vendor's question to the Admin PPE, the Admin PPE to Helpdesk Eproc LKPP, which answers; the
 * vendor confirms. A second question goes on from Helpdesk Eproc to Helpdesk Teknis LKPP
 * (Kep. Kepala LKPP 26/2022), which answers it. Every staff step goes through the console in the browser; the vendor's question is
 * created through the API, their confirmation through the portal page /tiket/:code.
 */
browserStory(
  'story 2: a vendor question climbs helpdesk → Admin PPE → Helpdesk Eproc LKPP → Helpdesk Teknis LKPP in the console',
  {},
  (story) => {
    let code = '';

    beforeAll(async () => {
      const vendor = await story.api('penyedia');
      const created = await vendor.post<{ ticket: { code: string } }>('/api/tickets', {
        unitCode: 'lpse-kota-payakumbuh',
        channel: 'portal',
        type: 'permasalahan',
        categoryCode: 'tender-nontender',
        application: 'SPSE',
        subject: 'CV Maju Bersama: gagal unggah dokumen penawaran',
        description: 'Saat mengunggah dokumen penawaran paket 10023456 muncul pesan galat. Mohon bantuan.',
        tenderCode: '10023456',
      });
      code = created.ticket.code;
    });

    it(
      'escalates twice with reasons, Helpdesk Eproc LKPP answers, the vendor confirms and the history tells it all',
      { timeout: 180_000 },
      async () => {
        // Helpdesk: the new question stands out in the queue; J then Enter opens it.
        const helpdesk = await story.as('helpdesk');
        await helpdesk.getByRole('heading', { name: 'Antrean tiket', level: 1 }).waitFor();
        const row = helpdesk.locator('.queue-row', { hasText: code });
        await row.getByText('Belum dibuka').waitFor();
        expect(await row.innerText()).toContain('Sesuai jadwal');
        expect(await helpdesk.locator('main').innerText()).toContain('Pintasan papan ketik');
        await checkAndSave(helpdesk, 'console-queue-helpdesk');
        await helpdesk.keyboard.press('j');
        expect(await helpdesk.evaluate(() => document.activeElement?.textContent ?? '')).toContain(code);
        await helpdesk.keyboard.press('Enter');
        await helpdesk
          .getByRole('heading', { name: 'CV Maju Bersama: gagal unggah dokumen penawaran', level: 1 })
          .waitFor();

        await openAction(helpdesk, 'Eskalasi ke Admin PPE');
        await helpdesk.getByLabel('Alasan eskalasi').fill('Perlu pengecekan log server SPSE');
        await helpdesk.getByRole('button', { name: 'Eskalasi ke Admin PPE' }).click();
        await helpdesk.locator('.history__what', { hasText: 'Dieskalasi ke Admin PPE' }).waitFor();
        expect(await helpdesk.locator('.history').innerText()).toContain(
          'Alasan: Perlu pengecekan log server SPSE',
        );
        // Held by the Admin PPE now: the helpdesk may only write internal notes.
        expect(await helpdesk.locator('summary', { hasText: 'Eskalasi' }).count()).toBe(0);
        await checkAndSave(helpdesk, 'console-ticket-escalated');
        await helpdesk.close();

        // Admin PPE: an internal note, then on to Helpdesk Eproc LKPP.
        const adminPpe = await story.as('adminppe');
        await adminPpe.locator('.queue-row', { hasText: code }).getByRole('link').click();
        await adminPpe.getByRole('heading', { level: 1, name: /gagal unggah/ }).waitFor();
        await adminPpe.getByLabel('Catatan internal (hanya petugas)').check();
        await adminPpe.getByLabel('Pesan').fill('Log server menunjukkan galat di aplikasi SPSE pusat.');
        await adminPpe.getByRole('button', { name: 'Simpan catatan' }).click();
        await adminPpe.locator('.message--internal', { hasText: 'Log server menunjukkan galat' }).waitFor();
        expect(await adminPpe.locator('.message--internal').innerText()).toContain(
          'Internal · hanya petugas',
        );
        await openAction(adminPpe, 'Eskalasi ke Helpdesk Eproc LKPP');
        await adminPpe.getByLabel('Alasan eskalasi').fill('Galat di sisi aplikasi SPSE pusat');
        await adminPpe.getByRole('button', { name: 'Eskalasi ke Helpdesk Eproc LKPP' }).click();
        await adminPpe.locator('.history__what', { hasText: 'Dieskalasi ke Helpdesk Eproc LKPP' }).waitFor();
        await adminPpe.close();

        // Helpdesk Eproc LKPP: finds it in its queue (tier filter) and answers.
        const lkpp = await story.as('lkpp', '/konsol?tier=lkpp');
        await lkpp.locator('.queue-row', { hasText: code }).getByRole('link').click();
        await lkpp.getByRole('heading', { level: 1, name: /gagal unggah/ }).waitFor();
        await openAction(lkpp, 'Selesaikan dengan jawaban');
        await lkpp
          .getByLabel('Jawaban untuk pelapor')
          .fill('Silakan perbarui Apendo ke versi terbaru lalu unggah ulang.');
        await lkpp.getByRole('button', { name: 'Selesaikan', exact: true }).click();
        await lkpp.locator('.history__what', { hasText: 'Diselesaikan dengan jawaban' }).waitFor();
        expect(await lkpp.locator('.ticket-header').innerText()).toContain('Selesai (menunggu konfirmasi)');
        await checkAndSave(lkpp, 'console-ticket-lkpp-answered');
        await lkpp.close();

        // The vendor confirms on the portal's ticket page.
        const vendor = await story.as('penyedia', `/tiket/${code}`);
        await vendor
          .getByText('Silakan perbarui Apendo ke versi terbaru lalu unggah ulang.')
          .first()
          .waitFor();
        await vendor.getByRole('button', { name: 'Ya, sudah selesai' }).click();
        await vendor.getByRole('button', { name: 'Ya, sudah selesai' }).waitFor({ state: 'detached' });
        await vendor.close();

        // Back at the helpdesk: closed, and the history says who did what and why.
        const check = await story.as('helpdesk', `/konsol/tiket/${code}`);
        await check.locator('.history__what', { hasText: 'Pelapor mengonfirmasi selesai' }).waitFor();
        expect(await historyTitles(check)).toEqual([
          'Tiket dibuat',
          'Dieskalasi ke Admin PPE',
          'Catatan internal ditambahkan',
          'Dieskalasi ke Helpdesk Eproc LKPP',
          'Diselesaikan dengan jawaban',
          'Pelapor mengonfirmasi selesai',
        ]);
        const detail = await ticketJson(check, code);
        expect(detail.ticket).toMatchObject({ status: 'closed', tier: 'lkpp' });
        expect(detail.history.filter((e) => e.type === 'escalated').map((e) => e.reason)).toEqual([
          'Perlu pengecekan log server SPSE',
          'Galat di sisi aplikasi SPSE pusat',
        ]);
        await check.close();
      },
    );

    it(
      'Helpdesk Eproc LKPP escalates to Helpdesk Teknis LKPP with a reason, and Teknis answers',
      { timeout: 180_000 },
      async () => {
        // Up to Helpdesk Eproc through the API, as the LPSE's own staff do in their browsers.
        const vendor = await story.api('penyedia');
        const { ticket } = await vendor.post<{ ticket: { code: string } }>('/api/tickets', {
          unitCode: 'lpse-kota-payakumbuh',
          channel: 'portal',
          type: 'permasalahan',
          categoryCode: 'tender-nontender',
          application: 'SPSE',
          subject: 'CV Maju Bersama: dokumen penawaran tidak terbaca Pokja',
          description: 'Pokja melaporkan dokumen penawaran paket 10023456 tidak dapat dibuka.',
          tenderCode: '10023456',
        });
        const helpdeskApi = await story.api('helpdesk');
        await helpdeskApi.post(`/api/tickets/${ticket.code}/escalations`, {
          to: 'admin_ppe',
          reason: 'Perlu pengecekan Admin PPE',
        });
        const adminPpeApi = await story.api('adminppe');
        await adminPpeApi.post(`/api/tickets/${ticket.code}/escalations`, {
          to: 'lkpp',
          reason: 'Perlu Helpdesk Eproc LKPP',
        });

        const eproc = await story.as('lkpp', `/konsol/tiket/${ticket.code}`);
        await eproc.getByRole('heading', { level: 1, name: /tidak terbaca Pokja/ }).waitFor();
        await openAction(eproc, 'Eskalasi ke Helpdesk Teknis LKPP');
        await eproc.getByLabel('Alasan eskalasi').fill('Perlu pemeriksaan basis data SPSE');
        await eproc.getByRole('button', { name: 'Eskalasi ke Helpdesk Teknis LKPP' }).click();
        await eproc.locator('.history__what', { hasText: 'Dieskalasi ke Helpdesk Teknis LKPP' }).waitFor();
        await eproc.close();

        const teknis = await story.as('lkppTeknis', '/konsol?tier=lkpp_teknis');
        await teknis.locator('.queue-row', { hasText: ticket.code }).getByRole('link').click();
        await teknis.getByRole('heading', { level: 1, name: /tidak terbaca Pokja/ }).waitFor();
        expect(
          await teknis.locator('summary', { hasText: 'Kembalikan ke Helpdesk Eproc LKPP' }).count(),
        ).toBe(1);
        await openAction(teknis, 'Selesaikan dengan jawaban');
        await teknis
          .getByLabel('Jawaban untuk pelapor')
          .fill('Indeks dokumen sudah diperbaiki, silakan dibuka ulang.');
        await teknis.getByRole('button', { name: 'Selesaikan', exact: true }).click();
        await teknis.locator('.history__what', { hasText: 'Diselesaikan dengan jawaban' }).waitFor();
        const detail = await ticketJson(teknis, ticket.code);
        expect(detail.ticket).toMatchObject({ status: 'resolved', tier: 'lkpp_teknis' });
        expect(detail.history.filter((e) => e.type === 'escalated').map((e) => e.reason)).toEqual([
          'Perlu pengecekan Admin PPE',
          'Perlu Helpdesk Eproc LKPP',
          'Perlu pemeriksaan basis data SPSE',
        ]);
        await teknis.close();
      },
    );
  },
);
