// Pure: unit-tested without a browser.
import type { Role } from '../../../api';
import type { RoleGrant } from '../../../api';

/** A user's grants with this unit's replaced by `roles`: the API replaces all of them at once. */
export function withUnitRoles(
  grants: readonly RoleGrant[],
  unitCode: string,
  roles: readonly Role[],
): RoleGrant[] {
  return [
    ...grants.filter((grant) => grant.unitCode !== unitCode),
    ...roles.map((role) => ({ unitCode, role })),
  ];
}
