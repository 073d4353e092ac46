/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { TINY_PNG } from './support/api.js';
import { checkAndSave, historyTitles, openAction } from './support/console.js';
import { browserStory } from './support/story.js';

const ANSWER = 'Ajukan Verifikasi Perubahan Data dengan membawa KTP dan surat permohonan.';

/**
 * Story 4 of issue 6, procedure 1c: the helpdesk logs a walk-in visitor in the console, first
 * without an address (the API's message at the field), then complete, and answers directly.
 * The visitor follows the ticket by code and PIN on the public /lacak page.
 */
browserStory(
  'story 4: a walk-in visitor is logged with name, address and phone, answered, and tracked',
  {},
  (story) => {
    it(
      'shows the missing address at its field, saves the complete visit, answers it, and the visitor tracks it',
      { timeout: 180_000 },
      async () => {
        const helpdesk = await story.as('helpdesk', '/konsol/catat/kunjungan');
        await helpdesk.getByRole('heading', { name: 'Catat pengunjung datang langsung', level: 1 }).waitFor();
        await helpdesk.getByLabel('Nama', { exact: true }).fill('Ibu Ratna');
        await helpdesk.getByLabel('Nomor telepon').fill('0752 93456');
        await helpdesk
          .getByLabel('Pertanyaan atau pengaduan')
          .fill('Menanyakan cara mengubah alamat email akun penyedia.');
        await helpdesk.getByRole('button', { name: 'Simpan tiket' }).click();

        // The API refuses; its message stands at the address field, which takes the focus.
        const address = helpdesk.getByLabel('Alamat', { exact: true });
        await helpdesk.locator('[aria-invalid="true"]').first().waitFor();
        expect(await address.getAttribute('aria-invalid')).toBe('true');
        const describedBy = (await address.getAttribute('aria-describedby')) ?? '';
        const message = (await helpdesk.locator(`[id="${describedBy.split(' ').pop()}"]`).innerText()).trim();
        expect(message).toBe('Wajib diisi.');
        expect(await helpdesk.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(
          'reporter.address',
        );
        expect(await helpdesk.getByLabel('Nama', { exact: true }).getAttribute('aria-invalid')).toBeNull();
        await checkAndSave(helpdesk, 'console-walk-in-address-error');

        await address.fill('Jl. Sudirman No. 5, Payakumbuh');
        await helpdesk.getByRole('button', { name: 'Simpan tiket' }).click();
        await helpdesk.getByRole('heading', { name: 'Tiket tersimpan' }).waitFor();
        const code = (await helpdesk.getByTestId('created-code').innerText()).trim();
        const pin = (await helpdesk.getByTestId('created-pin').innerText()).trim();
        expect(pin).toMatch(/^\d{8}$/);
        await checkAndSave(helpdesk, 'console-walk-in-created');

        // Answered directly at the counter.
        await helpdesk.getByRole('link', { name: `Buka tiket ${code}` }).click();
        await helpdesk
          .getByRole('heading', { level: 1, name: /Menanyakan cara mengubah alamat email/ })
          .waitFor();
        expect(await helpdesk.locator('.reporter').innerText()).toContain('Jl. Sudirman No. 5, Payakumbuh');
        // The visitor's screenshot, attached at the counter.
        await helpdesk
          .getByLabel('Tambah lampiran')
          .setInputFiles({ name: 'tangkapan-layar.png', mimeType: 'image/png', buffer: TINY_PNG });
        await helpdesk.getByRole('button', { name: 'Unggah' }).click();
        await helpdesk.locator('.attachments').getByRole('link', { name: 'tangkapan-layar.png' }).waitFor();
        await openAction(helpdesk, 'Selesaikan dengan jawaban');
        await helpdesk.getByLabel('Jawaban untuk pelapor').fill(ANSWER);
        await helpdesk.getByRole('button', { name: 'Selesaikan', exact: true }).click();
        await helpdesk.locator('.history__what', { hasText: 'Diselesaikan dengan jawaban' }).waitFor();
        expect(await helpdesk.locator('.message--public').innerText()).toContain(ANSWER);
        expect(await historyTitles(helpdesk)).toEqual([
          'Tiket dibuat',
          'Lampiran ditambahkan',
          'Diselesaikan dengan jawaban',
        ]);
        await helpdesk.close();

        // The visitor, at home, follows it by code and PIN.
        const visitor = await story.anonymous();
        await visitor.goto(`${story.server.url}/lacak`);
        await visitor.getByLabel('Kode tiket').fill(code);
        await visitor.getByLabel('PIN').fill(pin);
        await visitor.getByRole('button', { name: 'Lacak', exact: true }).click();
        await visitor.getByText(ANSWER).first().waitFor();
        const tracked = await visitor.locator('main').innerText();
        expect(tracked).toContain(code);
        expect(tracked).not.toContain('Sudirman');
        expect(tracked).not.toContain('93456');
        await visitor.close();
      },
    );
  },
);
