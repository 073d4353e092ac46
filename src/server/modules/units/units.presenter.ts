import type { UnitKind } from '../../../domain/accounts/roles.js';
import type { UnitRow } from './units.repository.js';
import { unitProfile } from './units.repository.js';
import type { UnitSummary } from './units.schemas.js';

export function presentUnit(row: UnitRow): UnitSummary {
  const profile = unitProfile(row);
  return {
    code: row.code,
    name: row.name,
    kind: row.kind as UnitKind,
    parentCode: row.parent_code,
    timezone: row.timezone,
    organization: profile.organization,
    address: profile.address,
    phone: profile.phone,
    email: profile.email,
    website: profile.website,
  };
}
