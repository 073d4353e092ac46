import { sql } from 'kysely';
import type { Db } from '../../db/connect.js';
import type { MailMessagesTable } from '../../db/schema.js';
import { prepared } from '../../db/prepared.js';

export type MailMessageRow = MailMessagesTable;

/** Which conversation a Message-ID belongs to: with the reporter, among staff, or someone else's. */
export type MailThread = 'reporter' | 'staff' | 'other';

export type InboundDisposition =
  'ticket_opened' | 'reply_added' | 'note_added' | 'ignored_auto' | 'ignored_bounce' | 'ignored_own' | 'held';

/** Dispositions that count against a sender's hourly allowance. */
export const ACCEPTED_DISPOSITIONS: readonly InboundDisposition[] = [
  'ticket_opened',
  'reply_added',
  'note_added',
];

/** Remembers a Message-ID for a unit; false when it was already known (the mail was handled). */
export async function recordMessageId(
  db: Db,
  row: Readonly<{
    unitCode: string;
    messageId: string;
    direction: 'in' | 'out';
    thread: MailThread;
    ticketId: string | null;
    disposition: InboundDisposition | null;
    fromAddress: string | null;
  }>,
  now: Date,
): Promise<boolean> {
  const inserted = await insertMessageId(db, {
    unit_code: row.unitCode,
    message_id: row.messageId,
    direction: row.direction,
    thread: row.thread,
    ticket_id: row.ticketId,
    disposition: row.disposition,
    from_address: row.fromAddress,
    created_at: now.toISOString(),
  });
  return inserted.length === 1;
}

const insertMessageId = prepared((db, m: MailMessageRow) =>
  db
    .insertInto('mail_messages')
    .values({
      unit_code: m.unit_code,
      message_id: m.message_id,
      direction: m.direction,
      thread: m.thread,
      ticket_id: m.ticket_id,
      disposition: m.disposition,
      from_address: m.from_address,
      created_at: m.created_at,
    })
    .onConflict((oc) => oc.columns(['unit_code', 'message_id']).doNothing())
    .returning('message_id'),
);

const OUT = sql<string>`'out'`;

/**
 * Our mail about tickets since 2026-11-28T1500_outbox_threads, shaped as the thread records of
 * mail seen and of mail sent before: the outbox row holds its Message-ID, ticket and conversation.
 */
function sentTicketMail(db: Db, unitCode: string, messageIds: readonly string[]) {
  return db
    .selectFrom('mail_outbox')
    .select([
      'unit_code',
      'message_id',
      OUT.as('direction'),
      'thread',
      'ticket_id',
      sql<string | null>`null`.as('disposition'),
      sql<string | null>`null`.as('from_address'),
      'created_at',
    ])
    .where('unit_code', '=', unitCode)
    .where('message_id', 'in', [...messageIds])
    .where('thread', 'is not', null);
}

/** A Message-ID the unit has seen or sent (its thread record), if any. */
export async function findMessageId(
  db: Db,
  unitCode: string,
  messageId: string,
): Promise<MailMessageRow | undefined> {
  const seen = await db
    .selectFrom('mail_messages')
    .selectAll()
    .where('unit_code', '=', unitCode)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return (
    seen ??
    ((await sentTicketMail(db, unitCode, [messageId]).executeTakeFirst()) as MailMessageRow | undefined)
  );
}

/**
 * The ticket a reply belongs to, from the ids it answers (In-Reply-To first, then References
 * newest first): the first id we know that belongs to a ticket of this unit, our mail or mail
 * seen before.
 */
export async function ticketOfMessageIds(
  db: Db,
  unitCode: string,
  ids: readonly string[],
): Promise<MailMessageRow | null> {
  if (ids.length === 0) return null;
  const wanted = [...new Set(ids)].slice(0, 100);
  const seen = await db
    .selectFrom('mail_messages')
    .selectAll()
    .where('unit_code', '=', unitCode)
    .where('message_id', 'in', wanted)
    .where('ticket_id', 'is not', null)
    .execute();
  const sent = (await sentTicketMail(db, unitCode, wanted)
    .where('ticket_id', 'is not', null)
    .execute()) as MailMessageRow[];
  const rows = [...seen, ...sent];
  for (const id of ids) {
    const row = rows.find((r) => r.message_id === id);
    if (row) return row;
  }
  return null;
}

/** The Message-IDs of one conversation about a ticket, oldest first: mail seen, and ours. */
export async function threadOf(db: Db, ticketId: string, thread: MailThread): Promise<string[]> {
  return (await threadMessages(db, { ticketId, thread })).map((r) => r.message_id);
}

// In the order the rows were written: by time, mail seen before ours of the same instant.
const threadMessages = prepared((db, args: { ticketId: string; thread: string }) =>
  db
    .selectFrom('mail_messages')
    .select(['message_id', 'created_at', 'direction'])
    .where('ticket_id', '=', args.ticketId)
    .where('thread', '=', args.thread)
    .unionAll(
      db
        .selectFrom('mail_outbox')
        .select(['message_id', 'created_at', OUT.as('direction')])
        .where('ticket_id', '=', args.ticketId)
        .where('thread', '=', args.thread),
    )
    .orderBy('created_at')
    .orderBy('direction')
    .orderBy('message_id'),
);

/** How many mails from an address became tickets or messages of the unit since `sinceIso`. */
export async function acceptedFromSince(
  db: Db,
  unitCode: string,
  fromAddress: string,
  sinceIso: string,
): Promise<number> {
  const row = await db
    .selectFrom('mail_messages')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('unit_code', '=', unitCode)
    .where('from_address', '=', fromAddress)
    .where('created_at', '>=', sinceIso)
    .where('disposition', 'in', [...ACCEPTED_DISPOSITIONS])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
