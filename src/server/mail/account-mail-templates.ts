import type { MailContent } from './mail-layout.js';
import { say, type MailLang } from './mail-words.js';

/** The one-time link to set a new password. */
export function passwordResetMail(lang: MailLang, name: string, email: string, url: string): MailContent {
  return {
    subject: say(lang, 'Atur ulang kata sandi Tanggap', 'Reset your Tanggap password'),
    blocks: [
      { kind: 'p', text: say(lang, `Yth. ${name},`, `Dear ${name},`) },
      {
        kind: 'p',
        text: say(
          lang,
          `Kami menerima permintaan untuk mengatur ulang kata sandi akun ${email}.`,
          `We received a request to reset the password of the account ${email}.`,
        ),
      },
      { kind: 'link', label: say(lang, 'Atur kata sandi baru', 'Set a new password'), url },
      {
        kind: 'p',
        text: say(
          lang,
          'Tautan ini berlaku satu jam dan hanya dapat dipakai sekali. Setelah kata sandi diganti, semua sesi lain akun ini berakhir.',
          'This link works for one hour and only once. Once the password is changed, every other session of this account ends.',
        ),
      },
      {
        kind: 'small',
        text: say(
          lang,
          'Bila Anda tidak memintanya, abaikan surel ini: kata sandi Anda tidak berubah.',
          'If you did not ask for this, ignore this email: your password stays as it is.',
        ),
      },
    ],
  };
}
