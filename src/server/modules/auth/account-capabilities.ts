import { capabilitiesOf, type Capabilities } from '../../../domain/accounts/capabilities.js';
import { isStaff, type Actor } from '../../../domain/accounts/roles.js';
import type { Db } from '../../db/connect.js';
import { listUnits } from '../units/units.repository.js';
import { unitRefOf } from '../units/units.service.js';

/**
 * What the account may do in every unit of the deployment and across it (`GET /api/me`, on
 * every page load). An account without a staff role may do nothing in any unit, so the
 * deployment's units (600 and more) are read only for staff.
 */
export async function accountCapabilities(db: Db, actor: Actor): Promise<Capabilities> {
  const units = isStaff(actor) ? await listUnits(db) : [];
  return capabilitiesOf(actor, units.map(unitRefOf));
}
