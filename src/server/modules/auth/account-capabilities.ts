import { capabilitiesOf, type Capabilities } from '../../../domain/accounts/capabilities.js';
import type { Actor } from '../../../domain/accounts/roles.js';
import type { Db } from '../../db/connect.js';
import { listUnits } from '../units/units.repository.js';
import { unitRefOf } from '../units/units.service.js';

/** What the account may do in every unit of the deployment and across it (`GET /api/me`). */
export async function accountCapabilities(db: Db, actor: Actor): Promise<Capabilities> {
  const units = await listUnits(db);
  return capabilitiesOf(actor, units.map(unitRefOf));
}
