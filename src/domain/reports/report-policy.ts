import { canAdministerUnit, hasRole, type Actor } from '../accounts/roles.js';

/**
 * Who reads a unit's reports and its satisfaction index: the Kepala LPSE (who answers for the
 * unit's performance), the unit's administrators and the deployment administrator. Helpdesk,
 * Admin PPE, LKPP-RI staff and service users do not; nor does another unit's Kepala.
 */
export function canReadReports(actor: Actor, unitCode: string): boolean {
  return hasRole(actor, 'kepala', unitCode) || canAdministerUnit(actor, unitCode);
}
