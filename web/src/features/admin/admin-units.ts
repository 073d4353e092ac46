import type { User } from '../../api';
import type { Unit } from '../../api';

/**
 * The units this user administers: those where they hold `admin`, or every unit for an
 * administrator of the national unit (the deployment administrator).
 */
export function administeredUnits(user: User, units: readonly Unit[]): Unit[] {
  const adminOf = new Set(
    user.roles.filter((grant) => grant.role === 'admin').map((grant) => grant.unitCode),
  );
  const isDeploymentAdmin = units.some((unit) => unit.kind === 'national' && adminOf.has(unit.code));
  return units.filter((unit) => isDeploymentAdmin || adminOf.has(unit.code));
}
