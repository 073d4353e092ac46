import { insertNotifications } from '../../notifications/notifications.repository.js';
import { tierStaff } from '../../mail/ticket-notifications.js';
import type { InboundDisposition } from '../../mail/mail-messages.repository.js';
import { insertHeldMail } from '../mailbox.repository.js';
import { MAX_IMPORTED_MAIL_BYTES } from '../../units/mailbox-settings.schema.js';
import { markImported, type ImportScope } from './import-scope.js';

export type HoldReason = 'unreadable' | 'rate_limited' | 'too_large' | 'import_failed';

export type MailToHold = Readonly<{
  messageId: string;
  fromAddress: string | null;
  subject: string | null;
  reason: HoldReason;
  detail: string | null;
  raw: Buffer | null;
  size: number;
}>;

/**
 * Keeps a mail that does not become a ticket for staff to look at: the raw message is stored
 * (content-addressed, like attachments), the unit's helpdesk is told in the app — for a
 * flooding sender once an hour, not once a mail.
 */
export async function holdMail(
  scope: ImportScope,
  uid: number,
  mail: MailToHold,
): Promise<InboundDisposition> {
  const { ctx, unit } = scope;
  const raw = mail.raw ? await scope.store.put(mail.raw, { maxBytes: MAX_IMPORTED_MAIL_BYTES }) : null;
  await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const held = await insertHeldMail(
      trx,
      {
        unit_code: unit.code,
        folder: scope.folder,
        uid,
        message_id: mail.messageId,
        from_address: mail.fromAddress,
        subject: mail.subject?.slice(0, 300) ?? null,
        reason: mail.reason,
        detail: mail.detail?.slice(0, 1000) ?? null,
        raw_sha256: raw?.sha256 ?? null,
        size: mail.size,
      },
      now,
    );
    const hour = now.toISOString().slice(0, 13);
    const dedupe =
      mail.reason === 'rate_limited'
        ? `mail_held:rate_limited:${unit.code}:${mail.fromAddress}:${hour}`
        : `mail_held:${held.id}`;
    const staff = await tierStaff(trx, { unit_code: unit.code, lkpp_mode: 'hosted' }, 'helpdesk');
    await insertNotifications(
      trx,
      staff.map((userId) => ({
        userId,
        ticketId: null,
        type: 'mail_held',
        dedupeKey: dedupe,
        data: {
          unitCode: unit.code,
          heldId: held.id,
          reason: mail.reason,
          from: mail.fromAddress,
          subject: held.subject,
        },
      })),
      now,
    );
    await markImported(trx, scope, uid, {
      messageId: mail.messageId,
      fromAddress: mail.fromAddress,
      thread: 'other',
      ticketId: null,
      disposition: 'held',
    });
  });
  return 'held';
}

/** Records a mail that must not be answered (bounce, automatic, our own) so it is never looked at again. */
export async function ignoreMail(
  scope: ImportScope,
  uid: number,
  mail: Readonly<{ messageId: string; fromAddress: string | null }>,
  disposition: Extract<InboundDisposition, 'ignored_auto' | 'ignored_bounce' | 'ignored_own'>,
): Promise<InboundDisposition> {
  await scope.ctx.db.transaction().execute(async (trx) => {
    await markImported(trx, scope, uid, {
      messageId: mail.messageId,
      fromAddress: mail.fromAddress,
      thread: 'other',
      ticketId: null,
      disposition,
    });
  });
  return disposition;
}
