/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { checkAndSave, historyTitles, openAction, ticketJson } from './support/console.js';
import { browserStory } from './support/story.js';

/**
 * Story 3 of issue 6, telephone procedure 1b.5: the Admin PPE says in the console that they
 * cannot be reached; the helpdesk logs a call, the escalation is refused, the caller is
 * redirected to LPSE Support and the link is read out. The caller then opens the link and signs
 * in through the portal's /klaim/:code page, and finds the ticket in "Tiket saya".
 */
browserStory(
  'story 3: a phone call while no Admin PPE can be reached is redirected to the portal',
  {},
  (story) => {
    it(
      'logs the call, offers "Alihkan ke portal" when escalation is refused, and the caller claims it by the link',
      { timeout: 180_000 },
      async () => {
        // The Admin PPE goes off duty with the console's switch.
        const adminPpe = await story.as('adminppe');
        await adminPpe.getByRole('button', { name: 'Tidak dapat dihubungi' }).click();
        await adminPpe.getByText('Ketersediaan disimpan: Tidak dapat dihubungi.').waitFor();
        expect(
          await adminPpe.getByRole('button', { name: 'Tidak dapat dihubungi' }).getAttribute('aria-pressed'),
        ).toBe('true');
        await checkAndSave(adminPpe, 'console-availability-unreachable');
        await adminPpe.close();

        // The helpdesk logs the call; the intake screen says no Admin PPE can be reached.
        const helpdesk = await story.as('helpdesk');
        await helpdesk.getByRole('link', { name: 'Catat telepon' }).click();
        await helpdesk.getByRole('heading', { name: 'Catat panggilan telepon', level: 1 }).waitFor();
        await helpdesk.getByText('Tidak ada Admin PPE yang dapat dihubungi.', { exact: false }).waitFor();
        expect(await helpdesk.locator('.admin-ppe').innerText()).toContain(
          'Budi Admin PPE: Tidak dapat dihubungi',
        );
        await helpdesk.getByLabel('Nama', { exact: true }).fill('Bapak Yusuf');
        await helpdesk.getByLabel('Nomor telepon').fill('0812 7788 9900');
        await helpdesk.getByLabel('Instansi / perusahaan (opsional)').fill('CV Lembah Harau');
        await helpdesk.getByLabel('Keperluan').fill('Menanyakan aktivasi akun penyedia');
        await helpdesk
          .getByLabel('Pertanyaan', { exact: true })
          .fill('Penelepon belum menerima email aktivasi akun SPSE setelah verifikasi.');
        await checkAndSave(helpdesk, 'console-phone-intake');
        await helpdesk.getByRole('button', { name: 'Simpan tiket' }).click();
        await helpdesk.getByRole('heading', { name: 'Tiket tersimpan' }).waitFor();
        const code = (await helpdesk.getByTestId('created-code').innerText()).trim();
        expect(code).toMatch(/^PYK-\d{4}-\d{6}$/);
        expect(await helpdesk.getByTestId('created-pin').innerText()).toMatch(/^\d{8}$/);

        // Escalation is refused with the API's message; the way out is offered right there.
        await helpdesk.getByRole('link', { name: `Buka tiket ${code}` }).click();
        await helpdesk
          .getByRole('heading', { level: 1, name: /Penelepon belum menerima email aktivasi/ })
          .waitFor();
        await openAction(helpdesk, 'Eskalasi ke Admin PPE');
        await helpdesk.getByLabel('Alasan eskalasi').fill('Perlu reset aktivasi oleh Admin PPE');
        await helpdesk.getByRole('button', { name: 'Eskalasi ke Admin PPE' }).click();
        const refusal = helpdesk
          .getByRole('alert')
          .filter({ hasText: 'Tidak ada Admin PPE yang dapat dihubungi saat ini' });
        await refusal.waitFor();
        expect(await refusal.innerText()).toContain('LPSE Support');
        // The refusal comes with the way out, in the escalation form itself.
        await helpdesk
          .locator('details', { hasText: 'Alasan eskalasi' })
          .getByRole('button', { name: 'Alihkan ke portal' })
          .click();
        await helpdesk.getByRole('heading', { name: 'Tautan untuk penelepon' }).waitFor();
        const claimUrl = (await helpdesk.getByTestId('claim-url').innerText()).trim();
        expect(new URL(claimUrl).pathname).toBe(`/klaim/${code}`);
        await helpdesk.locator('.history__what', { hasText: 'Dialihkan ke LPSE Support' }).waitFor();
        expect(await helpdesk.locator('main').innerText()).toContain(
          'Dialihkan ke LPSE Support: menunggu pelapor mengambil alih melalui tautan.',
        );
        await checkAndSave(helpdesk, 'console-redirect-link');
        await helpdesk.close();

        // The caller opens the link read to them, signs in there, and the ticket becomes theirs.
        const caller = await story.anonymous();
        const link = new URL(claimUrl);
        await caller.goto(`${story.server.url}${link.pathname}${link.search}`);
        await caller.getByRole('link', { name: 'Masuk', exact: true }).last().click();
        await caller.getByLabel('Email').fill('penyedia@demo.test');
        await caller.getByLabel('Kata sandi').fill('e2e-demo-password');
        await caller.getByRole('button', { name: 'Masuk', exact: true }).click();
        await caller.waitForURL((url) => url.pathname === `/tiket/${code}`);
        await caller
          .getByText('Penelepon belum menerima email aktivasi akun SPSE setelah verifikasi.')
          .first()
          .waitFor();
        await caller.goto(`${story.server.url}/tiket`);
        await caller.getByText(code).first().waitFor();
        const mine = await ticketJson(caller, code);
        expect(mine.ticket).toMatchObject({ channel: 'portal', status: 'in_progress' });
        await caller.close();

        const check = await story.as('helpdesk', `/konsol/tiket/${code}`);
        await check.locator('.history__what', { hasText: 'Diambil alih pelapor melalui portal' }).waitFor();
        expect(await historyTitles(check)).toEqual([
          'Tiket dibuat',
          'Dialihkan ke LPSE Support',
          'Diambil alih pelapor melalui portal',
        ]);
        await check.close();
      },
    );
  },
);
