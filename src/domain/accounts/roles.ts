import { assertNever } from '../assert-never.js';
import { TIER_DESKS, TIERS } from '../tiers/tiers.js';

/**
 * Staff roles held per unit: one per tier (it answers that tier, tiers.ts), on the kind of unit
 * where the tier's desk sits, plus the Kepala LPSE and the administrator. One person may hold
 * several roles, in several units.
 */
export const STAFF_ROLES = [...TIERS, 'kepala', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What a public user (pengguna layanan) says they are when registering. */
export const USER_TYPES = ['penyedia', 'ppk', 'pokja', 'pp', 'other'] as const;
export type UserType = (typeof USER_TYPES)[number];

/** An Admin PPE is either reachable or not; the telephone procedure (1b.5) depends on it. */
export const AVAILABILITIES = ['available', 'unreachable'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

export const UNIT_KINDS = ['lpse', 'national'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export type RoleGrant = Readonly<{ unitCode: string; role: StaffRole }>;

/** A grant as the actor carries it: with the kind of unit, so national roles are recognised. */
export type ActorGrant = RoleGrant & Readonly<{ unitKind: UnitKind }>;

/** The person acting, as every use case receives it. */
export type Actor = Readonly<{ userId: string; roles: readonly ActorGrant[] }>;

/** An administrator of a national unit administers the whole deployment. */
export function isDeploymentAdmin(actor: Actor): boolean {
  return actor.roles.some((g) => g.role === 'admin' && g.unitKind === 'national');
}

export function hasRole(actor: Actor, role: StaffRole, unitCode?: string): boolean {
  return actor.roles.some((g) => g.role === role && (unitCode === undefined || g.unitCode === unitCode));
}

export function isStaff(actor: Actor): boolean {
  return actor.roles.length > 0;
}

/** Which roles may be granted on a unit of the given kind. */
export function rolesAllowedOn(kind: UnitKind): readonly StaffRole[] {
  const tierRoles = TIERS.filter((tier) => TIER_DESKS[tier].unitKind === kind);
  switch (kind) {
    case 'lpse':
      return [...tierRoles, 'kepala', 'admin'];
    case 'national':
      return [...tierRoles, 'admin'];
    default:
      return assertNever(kind);
  }
}
