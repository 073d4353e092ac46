import type { Db } from '../../db/connect.js';
import type { MailOutboxTable } from '../../db/schema.js';
import { prepared } from '../../db/prepared.js';
import { newId } from '../../core/ids.js';
import type { RenderedMail } from '../../mail/mail-layout.js';

export type OutboxRow = MailOutboxTable;

/** RFC 3834: `auto-replied` answers a message (the acknowledgement), `auto-generated` is a notice. */
export type AutoSubmitted = 'auto-replied' | 'auto-generated';

export type OutboxItem = Readonly<{
  dedupeKey: string;
  kind: string;
  unitCode: string | null;
  ticketId: string | null;
  userId: string | null;
  to: Readonly<{ address: string; name: string | null }>;
  fromName: string | null;
  replyTo: string | null;
  mail: RenderedMail;
  messageId: string;
  /** A ticket's mail: the conversation replies to it continue. */
  thread: 'reporter' | 'staff' | null;
  inReplyTo: string | null;
  references: readonly string[];
  autoSubmitted: AutoSubmitted;
  lang: 'id' | 'en';
  carriesSecret: boolean;
}>;

/** Queues a mail in the caller's transaction; false when the same mail (dedupe key) is already queued. */
export async function enqueueMail(db: Db, item: OutboxItem, now: Date): Promise<boolean> {
  const inserted = await insertPendingMail(db, {
    id: newId(now.getTime()),
    dedupe_key: item.dedupeKey,
    kind: item.kind,
    unit_code: item.unitCode,
    ticket_id: item.ticketId,
    user_id: item.userId,
    to_address: item.to.address,
    to_name: item.to.name,
    from_name: item.fromName,
    reply_to: item.replyTo,
    subject: item.mail.subject,
    text_body: item.mail.text,
    html_body: item.mail.html,
    message_id: item.messageId,
    thread: item.thread,
    in_reply_to: item.inReplyTo,
    references_list: item.references.length > 0 ? item.references.join(' ') : null,
    auto_submitted: item.autoSubmitted,
    lang: item.lang,
    carries_secret: item.carriesSecret ? 1 : 0,
    next_attempt_at: now.toISOString(),
    created_at: now.toISOString(),
  });
  return inserted.length === 1;
}

type PendingMail = Omit<
  OutboxRow,
  'status' | 'attempts' | 'lease_owner' | 'lease_until' | 'last_error' | 'sent_at'
>;

const insertPendingMail = prepared((db, mail: PendingMail) =>
  db
    .insertInto('mail_outbox')
    .values({
      id: mail.id,
      dedupe_key: mail.dedupe_key,
      kind: mail.kind,
      unit_code: mail.unit_code,
      ticket_id: mail.ticket_id,
      user_id: mail.user_id,
      to_address: mail.to_address,
      to_name: mail.to_name,
      from_name: mail.from_name,
      reply_to: mail.reply_to,
      subject: mail.subject,
      text_body: mail.text_body,
      html_body: mail.html_body,
      message_id: mail.message_id,
      thread: mail.thread,
      in_reply_to: mail.in_reply_to,
      references_list: mail.references_list,
      auto_submitted: mail.auto_submitted,
      lang: mail.lang,
      carries_secret: mail.carries_secret,
      status: 'pending',
      attempts: 0,
      next_attempt_at: mail.next_attempt_at,
      lease_owner: null,
      lease_until: null,
      last_error: null,
      created_at: mail.created_at,
      sent_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id'),
);

/**
 * Claims the next mail due, for `leaseMs`: a pending mail whose time has come, or one whose
 * sender's lease ran out (it crashed mid-send). The conditional update makes the claim
 * exclusive across instances: whoever's update changes the row owns it.
 */
export async function claimNextMail(
  db: Db,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<OutboxRow | null> {
  const nowIso = now.toISOString();
  for (let tries = 0; tries < 5; tries++) {
    const candidate = await db
      .selectFrom('mail_outbox')
      .select(['id', 'attempts'])
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', nowIso)]),
          eb.and([eb('status', '=', 'sending'), eb('lease_until', '<=', nowIso)]),
        ]),
      )
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!candidate) return null;
    const claimed = await db
      .updateTable('mail_outbox')
      .set({
        status: 'sending',
        lease_owner: owner,
        lease_until: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: candidate.attempts + 1,
      })
      .where('id', '=', candidate.id)
      .where('attempts', '=', candidate.attempts)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', nowIso)]),
          eb.and([eb('status', '=', 'sending'), eb('lease_until', '<=', nowIso)]),
        ]),
      )
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 1) {
      return (
        (await db.selectFrom('mail_outbox').selectAll().where('id', '=', candidate.id).executeTakeFirst()) ??
        null
      );
    }
  }
  return null;
}

/** The server took the mail. A mail carrying a secret (PIN, reset link) keeps no copy of its body. */
export async function markMailSent(
  db: Db,
  row: Pick<OutboxRow, 'id' | 'carries_secret'>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({
      status: 'sent',
      sent_at: now.toISOString(),
      lease_owner: null,
      lease_until: null,
      last_error: null,
      ...(row.carries_secret === 1 ? { text_body: '', html_body: '' } : {}),
    })
    .where('id', '=', row.id)
    .execute();
}

/** Back to the queue for another try at `nextAttemptAt`, or given up (`failed`). Only by the lease holder. */
export async function markMailNotSent(
  db: Db,
  id: string,
  owner: string,
  outcome: { error: string; nextAttemptAt: Date | null },
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set(
      outcome.nextAttemptAt
        ? {
            status: 'pending',
            next_attempt_at: outcome.nextAttemptAt.toISOString(),
            lease_owner: null,
            lease_until: null,
            last_error: outcome.error,
          }
        : { status: 'failed', lease_owner: null, lease_until: null, last_error: outcome.error },
    )
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('lease_owner', '=', owner)
    .execute();
}

/** How many mails wait to be sent (for the start-up log): read from the index of waiting mail, not the whole outbox. */
export async function pendingMailCount(db: Db): Promise<number> {
  const row = await db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
