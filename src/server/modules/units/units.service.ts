import type { UnitRef } from '../../../domain/accounts/capabilities.js';
import type { UnitKind } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import type { Db } from '../../db/connect.js';
import { findUnit, unitProfile, type UnitRow } from './units.repository.js';

/** The unit or a unit_not_found error. */
export async function requireUnit(db: Db, unitCode: string): Promise<UnitRow> {
  const unit = await findUnit(db, unitCode);
  if (!unit) throw new DomainError('unit_not_found', { unitCode });
  return unit;
}

/** A unit as the capabilities of an account are asked of it. */
export function unitRefOf(unit: Pick<UnitRow, 'code' | 'kind'>): UnitRef {
  return { code: unit.code, kind: unit.kind as UnitKind };
}

/** The published service standard of a unit (PermenPANRB 15/2014: public components). */
export async function getPublishedStandard(db: Db, unitCode: string) {
  const unit = await requireUnit(db, unitCode);
  const standard = unitProfile(unit).standard;
  if (!standard) throw new DomainError('standard_not_published', { unitCode });
  return { unit, standard };
}
