import type nodemailer from 'nodemailer';
import { lazyModule } from '../core/lazy-module.js';

const mailer = lazyModule<typeof nodemailer>('nodemailer');
import type { MailAddress } from '../core/config.js';
import { bracketed } from './message-id.js';

/** One mail as it leaves: everything fixed when it was queued, so a resend is the same mail. */
export type OutgoingMail = Readonly<{
  from: MailAddress;
  to: Readonly<{ address: string; name: string | null }>;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  inReplyTo: string | null;
  references: readonly string[];
  autoSubmitted: string;
  /** What the mail is (reporter_reply, staff_sla_breached, account_password_reset…). */
  kind: string;
}>;

export type MailSender = Readonly<{ send: (mail: OutgoingMail) => Promise<void>; close: () => void }>;

/**
 * Mail out through the SMTP server of `SMTP_URL`: `smtps://` speaks TLS from the first byte
 * (port 465, Gmail), `smtp://` upgrades with STARTTLS when the server offers it (587).
 * User and password come from the URL (percent-encoded).
 */
export function createSmtpSender(smtpUrl: string): MailSender {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  // One connection for a whole run of the sender, not one per mail.
  const transport = mailer().createTransport({
    pool: true,
    maxConnections: 1,
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (mail) => {
      await transport.sendMail({
        from: mail.from.name ? { name: mail.from.name, address: mail.from.address } : mail.from.address,
        to: mail.to.name ? { name: mail.to.name, address: mail.to.address } : mail.to.address,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: bracketed(mail.messageId),
        ...(mail.inReplyTo ? { inReplyTo: bracketed(mail.inReplyTo) } : {}),
        ...(mail.references.length > 0 ? { references: mail.references.map(bracketed) } : {}),
        headers: {
          // RFC 3834: no auto-responder answers us; Exchange sends no out-of-office either.
          'Auto-Submitted': mail.autoSubmitted,
          'X-Auto-Response-Suppress': 'All',
          // Marks our own mail, so the mailbox importer never takes it for a reporter's.
          'X-Tanggap-Mail': mail.kind,
        },
      });
    },
    close: () => transport.close(),
  };
}

/**
 * A refusal that will not change by trying again: the server answered 5xx for this mail
 * (unknown recipient, refused content). A failed sign-in (EAUTH) is a setting to fix, so it is
 * retried like a network failure.
 */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const e = error as { responseCode?: unknown; code?: unknown };
  return (
    typeof e?.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600 && e.code !== 'EAUTH'
  );
}

/** One line for the outbox row and the log; never the server's full transcript. */
export function describeSmtpError(error: unknown): string {
  const e = error as { message?: unknown; responseCode?: unknown; code?: unknown };
  const parts = [
    typeof e?.code === 'string' ? e.code : null,
    typeof e?.responseCode === 'number' ? String(e.responseCode) : null,
    typeof e?.message === 'string' ? e.message : String(error),
  ];
  return parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').slice(0, 500);
}
