import type { Db } from '../../db/connect.js';
import { prepared } from '../../db/prepared.js';
import { STAFF_MAIL_EVENTS, type StaffMailEvent } from '../../mail/staff-mail-templates.js';

export type MailPreferences = Record<StaffMailEvent, boolean>;

/** Every staff mail is on until the person turns it off. */
export async function mailPreferencesOf(db: Db, userId: string): Promise<MailPreferences> {
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['event', 'by_mail'])
    .where('user_id', '=', userId)
    .execute();
  const prefs = Object.fromEntries(STAFF_MAIL_EVENTS.map((e) => [e, true])) as MailPreferences;
  for (const row of rows)
    if ((STAFF_MAIL_EVENTS as readonly string[]).includes(row.event))
      prefs[row.event as StaffMailEvent] = row.by_mail === 1;
  return prefs;
}

export async function saveMailPreferences(
  db: Db,
  userId: string,
  changes: Partial<MailPreferences>,
  now: Date,
): Promise<void> {
  for (const [event, on] of Object.entries(changes)) {
    if (on === undefined) continue;
    await db
      .insertInto('notification_preferences')
      .values({ user_id: userId, event, by_mail: on ? 1 : 0, updated_at: now.toISOString() })
      .onConflict((oc) =>
        oc.columns(['user_id', 'event']).doUpdateSet({ by_mail: on ? 1 : 0, updated_at: now.toISOString() }),
      )
      .execute();
  }
}

// One person at a time, compiled once (prepared.ts): a ticket's change mails the few staff of
// one tier, and Kysely building this join anew for each change took more than running it
// (7.7 % of the serving thread at a creation).
const wantingMailOne = prepared((db, args: { userId: string; event: string }) =>
  db
    .selectFrom('users')
    .leftJoin('notification_preferences as off', (join) =>
      join.onRef('off.user_id', '=', 'users.id').on('off.event', '=', args.event).on('off.by_mail', '=', 0),
    )
    .select(['users.id', 'users.email', 'users.name', 'users.locale'])
    .where('users.id', '=', args.userId)
    .where('users.is_active', '=', 1)
    .where('off.user_id', 'is', null),
);

/** Of these people, those who want this staff mail: active, and not switched off. */
export async function wantingMail(
  db: Db,
  userIds: readonly string[],
  event: StaffMailEvent,
): Promise<Array<{ id: string; email: string; name: string; locale: string }>> {
  const wanting: Array<{ id: string; email: string; name: string; locale: string }> = [];
  for (const userId of new Set(userIds)) wanting.push(...(await wantingMailOne(db, { userId, event })));
  return wanting;
}
