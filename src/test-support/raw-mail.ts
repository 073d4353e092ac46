import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';

/** A raw RFC 5322 message as a mail client would send it (MIME by nodemailer's composer). */
export async function rawMail(options: Mail.Options): Promise<Buffer> {
  return new MailComposer({ date: new Date('2026-03-02T03:00:00Z'), ...options }).compile().build();
}
