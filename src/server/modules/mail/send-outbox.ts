import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppContext } from '../../context/app-context.js';
import {
  createSmtpSender,
  describeSmtpError,
  isPermanentSmtpFailure,
  type MailSender,
} from '../../mail/smtp-transport.js';
import { notifyMailFailed } from './mail-failure.js';
import { claimNextMail, markMailNotSent, markMailSent, type OutboxRow } from './outbox.repository.js';

/** How long a claimed mail is ours; longer than the SMTP timeouts of one send together. */
export const SEND_LEASE_MS = 5 * 60_000;
/** Tries before a mail is given up: spread over about 17 hours by the backoff below. */
export const MAX_SEND_ATTEMPTS = 10;
const MAX_PER_RUN = 100;

/** Exponential backoff after the n-th failed try: 1, 2, 4 … minutes, at most 4 hours. */
export function retryDelayMs(attempt: number): number {
  return Math.min(2 ** Math.max(0, attempt - 1), 240) * 60_000;
}

export type SendOptions = Readonly<{ sender?: MailSender; owner?: string; limit?: number }>;

/**
 * Sends what is due in the outbox, one claimed row at a time. Several instances may run this
 * together: a row is claimed by a conditional update before it is sent, and each send carries
 * the Message-ID fixed when the mail was queued.
 *
 * A crash after the change committed and before sending loses nothing (the row waits). A crash
 * while sending leaves the row claimed until its lease ends, then it is sent again: if the
 * server had already taken it, the reporter gets it twice with the same Message-ID (mail
 * clients and Gmail show one). That is the one duplicate no outbox can rule out without the
 * SMTP server's help.
 */
export async function sendOutbox(
  ctx: AppContext,
  options: SendOptions = {},
): Promise<{ sent: number; retrying: number; failed: number }> {
  const result = { sent: 0, retrying: 0, failed: 0 };
  // Without SMTP_URL mail waits; the start-up log says how much (describeMailSetup).
  if (!ctx.config.smtpUrl && !options.sender) return result;
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let sender: MailSender | null = options.sender ?? null;
  try {
    for (let i = 0; i < (options.limit ?? MAX_PER_RUN); i++) {
      const row = await claimNextMail(ctx.db, owner, ctx.clock.now(), SEND_LEASE_MS);
      if (!row) break;
      sender ??= createSmtpSender(ctx.config.smtpUrl!);
      const outcome = await sendOne(ctx, sender, row, owner);
      result[outcome] += 1;
    }
  } finally {
    if (sender && !options.sender) sender.close();
  }
  return result;
}

async function sendOne(
  ctx: AppContext,
  sender: MailSender,
  row: OutboxRow,
  owner: string,
): Promise<'sent' | 'retrying' | 'failed'> {
  try {
    await sender.send({
      from: { name: row.from_name ?? ctx.config.mailFrom.name, address: ctx.config.mailFrom.address },
      to: { address: row.to_address, name: row.to_name },
      replyTo: row.reply_to,
      subject: row.subject,
      text: row.text_body,
      html: row.html_body,
      messageId: row.message_id,
      inReplyTo: row.in_reply_to,
      references: row.references_list ? row.references_list.split(' ') : [],
      autoSubmitted: row.auto_submitted,
      kind: row.kind,
    });
  } catch (error) {
    const message = describeSmtpError(error);
    const giveUp = isPermanentSmtpFailure(error) || row.attempts >= MAX_SEND_ATTEMPTS;
    const nextAttemptAt = giveUp ? null : new Date(ctx.clock.now().getTime() + retryDelayMs(row.attempts));
    await markMailNotSent(ctx.db, row.id, owner, { error: message, nextAttemptAt });
    ctx.log.warn(
      { mail: row.id, kind: row.kind, attempt: row.attempts, giveUp, err: message },
      'mail not sent',
    );
    if (giveUp) await notifyMailFailed(ctx.db, row, message, ctx.clock.now());
    return giveUp ? 'failed' : 'retrying';
  }
  await markMailSent(ctx.db, row, ctx.clock.now());
  return 'sent';
}
