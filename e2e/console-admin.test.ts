/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { checkAndSave } from './support/console.js';
import { browserStory } from './support/story.js';

/**
 * The administration screens of the console (/konsol/admin): a staff account with its roles
 * and a password shown once, categories, office hours with the API's message at the field,
 * holidays. Each screen passes axe-core; the console also switches to English.
 */
browserStory('the console administration: staff, categories, office hours, holidays', {}, (story) => {
  it(
    'creates a helpdesk account who can then sign in, and edits categories, hours and holidays',
    { timeout: 180_000 },
    async () => {
      const admin = await story.as('admin', '/konsol/admin');
      await admin.getByRole('heading', { name: 'Petugas', level: 2, exact: true }).waitFor();
      await admin.getByRole('heading', { name: 'Rina Helpdesk', level: 3 }).waitFor();

      // A new staff member: the generated password is shown once.
      const create = admin.locator('section', {
        has: admin.getByRole('heading', { name: 'Tambah petugas' }),
      });
      await create.getByLabel('Nama', { exact: true }).fill('Andi Helpdesk');
      await create.getByLabel('Email', { exact: true }).fill('andi@demo.test');
      await create.getByLabel('Helpdesk', { exact: true }).check();
      await create.getByRole('button', { name: 'Buat akun' }).click();
      const password = (await admin.getByTestId('initial-password').innerText()).trim();
      expect(password.length).toBeGreaterThanOrEqual(10);
      await admin.getByRole('heading', { name: 'Andi Helpdesk', level: 3 }).waitFor();
      await checkAndSave(admin, 'console-admin-staff');

      // Categories: a new one, and an existing one switched off.
      await admin.getByRole('link', { name: 'Kategori', exact: true }).click();
      await admin.getByRole('heading', { name: 'Kategori tiket' }).waitFor();
      const add = admin.locator('form', { has: admin.getByRole('group', { name: 'Tambah kategori' }) });
      await add.getByLabel('Kode').fill('Bukan Kode');
      await add.getByLabel('Nama (Bahasa Indonesia)').fill('Sertifikat elektronik');
      await add.getByLabel('Nama (English)').fill('Electronic certificates');
      await add.getByRole('button', { name: 'Tambah kategori' }).click();
      await add.getByText('Format tidak sesuai.').waitFor();
      expect(await add.getByLabel('Kode').getAttribute('aria-invalid')).toBe('true');
      await add.getByLabel('Kode').fill('sertifikat-elektronik');
      await add.getByRole('button', { name: 'Tambah kategori' }).click();
      await admin.getByRole('group', { name: 'sertifikat-elektronik' }).waitFor();
      const sirup = admin.getByRole('group', { name: 'sirup' });
      await sirup.getByLabel('Aktif (dapat dipilih)').uncheck();
      await sirup.getByRole('button', { name: 'Simpan sirup' }).click();
      await admin.getByRole('group', { name: 'sirup (nonaktif)' }).waitFor();
      await checkAndSave(admin, 'console-admin-categories');

      // Office hours: a Monday closing before it opens is refused at that field.
      await admin.getByRole('link', { name: 'Jam layanan' }).click();
      const monday = admin.getByRole('group', { name: 'Senin', exact: true });
      await monday.getByLabel('Tutup', { exact: true }).fill('07:00');
      await admin.getByRole('button', { name: 'Simpan jam layanan' }).click();
      await monday.getByText('Jam tutup harus setelah jam buka.').waitFor();
      expect(await monday.getByLabel('Tutup', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await checkAndSave(admin, 'console-admin-hours-error');
      await monday.getByLabel('Tutup', { exact: true }).fill('15:30');
      await admin.getByRole('button', { name: 'Simpan jam layanan' }).click();
      await admin.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
      const calendar = await admin.evaluate(async () =>
        (await fetch('/api/units/lpse-kota-payakumbuh/calendar')).json(),
      );
      expect(calendar.week['1'].close).toBe('15:30');

      // Holidays of 2027: pre-filled, one confirmed, one added by hand.
      await admin.getByRole('link', { name: 'Hari libur' }).click();
      await admin.getByLabel('Tahun').fill('2027');
      await admin.getByRole('button', { name: 'Tampilkan' }).click();
      await admin.getByRole('button', { name: 'Isi awal 2027 dari kalender nasional' }).click();
      await admin.getByText(/tanggal ditambahkan/).waitFor();
      await admin.getByRole('button', { name: 'Konfirmasi 2027-01-01' }).click();
      await admin.getByRole('button', { name: 'Konfirmasi 2027-01-01' }).waitFor({ state: 'detached' });
      const form = admin.locator('form', {
        has: admin.getByRole('heading', { name: 'Tambah atau ubah hari libur' }),
      });
      await form.getByLabel('Tanggal').fill('2027-06-12');
      await form.getByLabel('Jenis').selectOption('local');
      await form.getByLabel('Nama', { exact: true }).fill('Hari jadi Kota Payakumbuh');
      await form.getByLabel('Sumber').fill('Keputusan Wali Kota Payakumbuh');
      await form.getByRole('button', { name: 'Simpan hari libur' }).click();
      await admin.getByText('Hari jadi Kota Payakumbuh').waitFor();
      await checkAndSave(admin, 'console-admin-holidays');

      // The whole console in English on the switch.
      await admin.getByRole('button', { name: /^EN/ }).click();
      await admin.getByRole('heading', { name: 'Holidays and collective leave' }).waitFor();
      await admin.getByRole('link', { name: 'Queue', exact: true }).click();
      await admin.getByRole('heading', { name: 'Ticket queue', level: 1 }).waitFor();
      await admin.getByRole('button', { name: /^ID/ }).click();
      await admin.getByRole('heading', { name: 'Antrean tiket', level: 1 }).waitFor();
      await admin.close();

      // The new officer signs in with the password shown once and works from the console.
      const andi = await story.anonymous();
      await andi.goto(`${story.server.url}/masuk?next=${encodeURIComponent('/konsol')}`);
      await andi.getByLabel('Email').fill('andi@demo.test');
      await andi.getByLabel('Kata sandi').fill(password);
      await andi.getByRole('button', { name: 'Masuk', exact: true }).click();
      await andi.getByRole('heading', { name: 'Antrean tiket', level: 1 }).waitFor();
      expect(await andi.getByRole('navigation', { name: 'Menu konsol' }).innerText()).toContain(
        'Catat telepon',
      );
      await andi.close();
    },
  );
});
