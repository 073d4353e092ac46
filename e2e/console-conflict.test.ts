/// <reference lib="dom" />
import { expect, it, beforeAll } from 'vitest';
import { checkAndSave } from './support/console.js';
import { browserStory } from './support/story.js';

/**
 * Two helpdesk officers on one ticket: the second change, made on an older version, is refused
 * with the API's message, the ticket reloads and what was typed stays. New tickets also reach
 * the officers as in-app notifications, counted in the console header.
 */
browserStory('the console: notifications and a ticket changed by someone else meanwhile', {}, (story) => {
  let code = '';

  beforeAll(async () => {
    const vendor = await story.api('penyedia');
    const created = await vendor.post<{ ticket: { code: string } }>('/api/tickets', {
      unitCode: 'lpse-kota-payakumbuh',
      channel: 'portal',
      type: 'permasalahan',
      subject: 'CV Maju Bersama: lupa kata sandi SPSE',
      description: 'Kami tidak dapat masuk ke SPSE karena lupa kata sandi. Mohon bantuan reset.',
    });
    code = created.ticket.code;
  });

  it(
    'counts the unread notification, opens the ticket from it, and keeps a reply refused after a concurrent change',
    { timeout: 180_000 },
    async () => {
      const first = await story.as('helpdesk');
      const notificationsLink = first
        .getByRole('navigation', { name: 'Menu konsol' })
        .getByRole('link', { name: /Notifikasi/ });
      await notificationsLink.filter({ hasText: '1 belum dibaca' }).waitFor();
      await notificationsLink.click();
      await first.getByRole('heading', { name: 'Notifikasi', level: 1 }).waitFor();
      await checkAndSave(first, 'console-notifications');
      await first.getByRole('link', { name: `Tiket baru ${code}` }).click();
      await first.getByRole('heading', { level: 1, name: 'CV Maju Bersama: lupa kata sandi SPSE' }).waitFor();
      await notificationsLink.filter({ hasText: 'belum dibaca' }).waitFor({ state: 'detached' });

      // A second officer, same session, another tab: opens the same ticket and answers first.
      const second = await first.context().newPage();
      await second.goto(`${story.server.url}/konsol/tiket/${code}`);
      await second.getByLabel('Pesan').fill('Sedang kami periksa, mohon tunggu.');
      await second.getByRole('button', { name: 'Kirim balasan' }).click();
      await second.locator('.message--public', { hasText: 'Sedang kami periksa' }).waitFor();
      await second.close();

      // The first officer's reply was written on the old version: refused, reloaded, text kept.
      const draft = 'Silakan gunakan menu Lupa Kata Sandi di halaman SPSE.';
      await first.getByLabel('Pesan').fill(draft);
      await first.getByRole('button', { name: 'Kirim balasan' }).click();
      const alert = first.getByRole('alert').filter({ hasText: 'Tiket telah diubah orang lain' });
      await alert.waitFor();
      expect(await alert.innerText()).toContain('Tiket dimuat ulang dengan perubahan terbaru');
      await first.locator('.message--public', { hasText: 'Sedang kami periksa' }).waitFor();
      expect(await first.getByLabel('Pesan').inputValue()).toBe(draft);
      await checkAndSave(first, 'console-version-conflict');
      await first.getByRole('button', { name: 'Kirim balasan' }).click();
      await first.locator('.message--public', { hasText: draft }).waitFor();
      expect(await first.locator('.message--public').count()).toBe(2);
      await first.close();
    },
  );

  it(
    'sets the difficulty with a reason, asks the Kepala LPSE for more days, who approves them',
    { timeout: 180_000 },
    async () => {
      const helpdesk = await story.as('helpdesk', `/konsol/tiket/${code}`);
      await helpdesk
        .getByRole('heading', { level: 1, name: 'CV Maju Bersama: lupa kata sandi SPSE' })
        .waitFor();
      const clock = helpdesk.locator('.sla-clock');
      expect(await clock.innerText()).toContain('7 j 30 m jam kerja');
      await helpdesk.locator('summary', { hasText: 'Tingkat kesulitan' }).click();
      const difficulty = helpdesk.locator('details[open]', { hasText: 'Simpan tingkat kesulitan' });
      await difficulty.getByLabel('Tingkat', { exact: true }).selectOption('sedang');
      await difficulty.getByLabel('Alasan', { exact: true }).fill('Perlu konfirmasi identitas ke LKPP');
      await helpdesk.getByRole('button', { name: 'Simpan tingkat kesulitan' }).click();
      await helpdesk.locator('.history__what', { hasText: 'Tingkat kesulitan: Sedang' }).waitFor();
      await clock.getByText('dari 22 j 30 m jam kerja').waitFor();

      await helpdesk.locator('summary', { hasText: 'Minta perpanjangan waktu kepada Kepala LPSE' }).click();
      await helpdesk.getByLabel('Tambahan hari kerja').fill('2');
      await helpdesk
        .locator('details[open]', { hasText: 'Tambahan hari kerja' })
        .getByLabel('Alasan')
        .fill('Menunggu balasan dari LKPP-RI');
      await helpdesk.getByRole('button', { name: 'Ajukan perpanjangan' }).click();
      await helpdesk.getByText('menunggu keputusan Kepala LPSE').waitFor();
      await helpdesk.close();

      const kepala = await story.as('kepala', `/konsol/tiket/${code}`);
      await kepala.getByLabel('Catatan keputusan').fill('Disetujui, pantau sampai selesai.');
      await kepala.getByRole('button', { name: 'Setujui' }).click();
      await kepala.locator('.history__what', { hasText: 'Perpanjangan disetujui' }).waitFor();
      expect(await kepala.locator('.sla-clock').innerText()).toContain('Termasuk perpanjangan');
      expect(await kepala.locator('.history').innerText()).toContain(
        'Alasan: Disetujui, pantau sampai selesai.',
      );
      await checkAndSave(kepala, 'console-extension-approved');
      await kepala.close();
    },
  );
});
