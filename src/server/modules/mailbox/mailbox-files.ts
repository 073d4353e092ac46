import type { Db } from '../../db/connect.js';
import type { UnitFile } from '../units/unit-file.schema.js';
import { deleteMailbox, findMailbox, saveMailbox } from './mailbox.repository.js';

/**
 * At every start (and when a unit is put through the API): a unit's `mailbox` in its file is
 * the mailbox read, unless an administrator set one through the API — that one is kept until
 * the API changes or removes it. Taking `mailbox` out of the file stops reading a mailbox that
 * came from the file.
 */
export async function loadMailboxes(db: Db, units: readonly UnitFile[], now: Date): Promise<void> {
  for (const unit of units) {
    const existing = await findMailbox(db, unit.code);
    if (existing?.source === 'api') continue;
    if (unit.mailbox) await saveMailbox(db, unit.code, unit.mailbox, 'file', null, now);
    else if (existing) await deleteMailbox(db, unit.code);
  }
}
