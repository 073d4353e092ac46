import type { NotificationType } from '../../../domain/tickets/notifications.js';
import type { Db } from '../../db/connect.js';
import type { NotificationsTable } from '../../db/schema.js';
import { newId } from '../../core/ids.js';
import { prepared } from '../../db/prepared.js';

export type NotificationRow = NotificationsTable;

export type NewNotification = Readonly<{
  userId: string;
  ticketId: string | null;
  type: NotificationType;
  dedupeKey: string;
  data: Record<string, unknown>;
}>;

/** Records notifications; one already made for the same user and key is left as it was. */
export async function insertNotifications(
  db: Db,
  items: readonly NewNotification[],
  now: Date,
): Promise<void> {
  // One prepared statement a row: a change notifies a handful of staff, and a statement of as
  // many rows as recipients would be built and compiled anew for each count. Several rows
  // outside the caller's transaction go in one of their own, all or none, as one statement did.
  if (items.length > 1 && !db.isTransaction)
    return db.transaction().execute((trx) => insertNotifications(trx, items, now));
  for (const n of items) {
    await insertNotification(db, {
      id: newId(now.getTime()),
      user_id: n.userId,
      ticket_id: n.ticketId,
      type: n.type,
      dedupe_key: n.dedupeKey,
      data_json: JSON.stringify(n.data),
      created_at: now.toISOString(),
    });
  }
}

const insertNotification = prepared((db, n: Omit<NotificationRow, 'read_at'>) =>
  db
    .insertInto('notifications')
    .values({
      id: n.id,
      user_id: n.user_id,
      ticket_id: n.ticket_id,
      type: n.type,
      dedupe_key: n.dedupe_key,
      data_json: n.data_json,
      created_at: n.created_at,
      read_at: null,
    })
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing()),
);

export async function notificationsOf(
  db: Db,
  userId: string,
  options: { unreadOnly: boolean; limit: number },
) {
  let query = db
    .selectFrom('notifications')
    .leftJoin('tickets', 'tickets.id', 'notifications.ticket_id')
    .select([
      'notifications.id',
      'notifications.type',
      'notifications.data_json',
      'notifications.created_at',
      'notifications.read_at',
      'tickets.code as ticket_code',
    ])
    .where('notifications.user_id', '=', userId);
  if (options.unreadOnly) query = query.where('notifications.read_at', 'is', null);
  return query
    .orderBy('notifications.created_at', 'desc')
    .orderBy('notifications.id', 'desc')
    .limit(options.limit)
    .execute();
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRead(
  db: Db,
  userId: string,
  ids: readonly string[] | 'all',
  now: Date,
): Promise<void> {
  let query = db
    .updateTable('notifications')
    .set({ read_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids !== 'all') {
    if (ids.length === 0) return;
    query = query.where('id', 'in', [...ids]);
  }
  await query.execute();
}
