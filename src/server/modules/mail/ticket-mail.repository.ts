import type { Db } from '../../db/connect.js';
import { prepared } from '../../db/prepared.js';
import type { TicketsTable as TicketRow } from '../../db/schema.js';

// What ticket mail and ticket notices read besides the ticket itself: who answers for a tier,
// the reporter's account, the unit's mailbox (the Reply-To). Every change of a ticket asks
// some of these, so they are compiled once (prepared.ts).

const activeWithRole = (db: Db, role: string) =>
  db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .innerJoin('units', 'units.code', 'user_roles.unit_code')
    .select('users.id')
    .where('user_roles.role', '=', role)
    .where('users.is_active', '=', 1);

/** Active holders of a role on a unit. */
export const staffOfUnit = prepared((db, args: { role: string; unitCode: string }) =>
  activeWithRole(db, args.role).where('user_roles.unit_code', '=', args.unitCode),
);

/** Active holders of a role on any national unit. */
export const nationalStaff = prepared((db, args: { role: string }) =>
  activeWithRole(db, args.role).where('units.kind', '=', 'national'),
);

/** The reporter's account: where and in which language their mail goes. */
export const reporterAccount = prepared((db, args: { id: string }) =>
  db.selectFrom('users').select(['id', 'email', 'name', 'locale', 'is_active']).where('id', '=', args.id),
);

/** The unit's mailbox settings (JSON), whose address replies go to. */
export const mailboxSettingsOf = prepared((db, args: { unitCode: string }) =>
  db.selectFrom('unit_mailboxes').select('settings_json').where('unit_code', '=', args.unitCode),
);

/** The ticket a queued mail was about. */
export async function ticketOfMail(db: Db, ticketId: string): Promise<TicketRow | undefined> {
  return db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirst();
}
