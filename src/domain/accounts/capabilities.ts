import { assertNever } from '../assert-never.js';
import { isDeploymentAdmin, rolesAllowedOn, type Actor, type StaffRole, type UnitKind } from './roles.js';

/**
 * What an account may do in one unit. The web shows screens and links from these (`GET /api/me`)
 * and the server's guards ask the same function, so the two cannot disagree.
 */
export const UNIT_CAPABILITIES = [
  /** Serve the unit from the console as one of its staff: the console works on this unit. */
  'serve',
  /** Log a telephone call, a walk-in visit or a suggestion-box slip (procedure 1b, 1c, 2). */
  'intake',
  /** Work tickets of the unit at one of the tiers. */
  'handle',
  /** Coordinate the unit's complaints as its Kepala LPSE (the queue of those awaiting it). */
  'coordinate',
  /** Read the unit's reports and satisfaction index (SKM). */
  'readReports',
  /** Administer the unit: staff and their roles, office hours, holidays, complaint mailbox. */
  'administer',
  /** Add and rename the unit's ticket categories. */
  'manageCategories',
  /** Read and release the mail the importer held back. */
  'readHeldMail',
  /** Say whether one can be reached as Admin PPE (telephone procedure 1b.5). */
  'reportAvailability',
] as const;
export type UnitCapability = (typeof UNIT_CAPABILITIES)[number];

/** What an account may do across the deployment. */
export const DEPLOYMENT_CAPABILITIES = [
  /** Open the staff console: any staff role, in any unit. */
  'console',
  /** Create and change units (the deployment administrator). */
  'administerDeployment',
] as const;
export type DeploymentCapability = (typeof DEPLOYMENT_CAPABILITIES)[number];

/**
 * What an administrator of a national unit (the deployment administrator) may do in every unit
 * of the deployment, without serving any of them.
 */
const DEPLOYMENT_ADMIN_CAPABILITIES = [
  'administer',
  'manageCategories',
  'readHeldMail',
  'readReports',
] as const satisfies readonly UnitCapability[];

/** What each role gives on the unit it is held on. A new role is one line here. */
const ROLE_CAPABILITIES = {
  helpdesk: ['serve', 'intake', 'handle', 'manageCategories', 'readHeldMail'],
  admin_ppe: ['serve', 'handle', 'reportAvailability'],
  kepala: ['serve', 'coordinate', 'readReports'],
  admin: ['serve', ...DEPLOYMENT_ADMIN_CAPABILITIES],
  lkpp: ['handle'],
  lkpp_teknis: ['handle'],
} as const satisfies Record<StaffRole, readonly UnitCapability[]>;

/**
 * Capabilities that only make sense on an LPSE unit: tickets are submitted to an LPSE and served
 * there, and the service reports are an LPSE's. LKPP-RI staff work the national tier's tickets
 * of every unit (see `partiesOf`), not a unit of their own.
 */
const LPSE_ONLY: readonly UnitCapability[] = ['serve', 'intake', 'readReports'];

/** A unit as capabilities need it. */
export type UnitRef = Readonly<{ code: string; kind: UnitKind }>;

export type UnitCapabilities = Readonly<{
  unitCode: string;
  capabilities: UnitCapability[];
  /** The roles the account may grant on this unit (none unless it administers the unit). */
  grantableRoles: StaffRole[];
}>;

export type Capabilities = Readonly<{
  deployment: DeploymentCapability[];
  /** Every unit where the account may do anything, in the order given. */
  units: UnitCapabilities[];
}>;

/** What the actor's roles in the unit give, and the deployment administrator's everywhere. */
function grantedIn(actor: Actor, unitCode: string): Set<UnitCapability> {
  const granted = new Set<UnitCapability>(
    actor.roles.filter((g) => g.unitCode === unitCode).flatMap((g) => ROLE_CAPABILITIES[g.role]),
  );
  if (isDeploymentAdmin(actor)) for (const c of DEPLOYMENT_ADMIN_CAPABILITIES) granted.add(c);
  return granted;
}

/**
 * What the actor may do in a unit: the union of what its roles there give, and an
 * administrator of a national unit administers every unit of the deployment.
 */
export function unitCapabilities(actor: Actor, unit: UnitRef): UnitCapability[] {
  const granted = grantedIn(actor, unit.code);
  return UNIT_CAPABILITIES.filter((c) => granted.has(c) && (unit.kind === 'lpse' || !LPSE_ONLY.includes(c)));
}

/**
 * Whether the actor may administer the unit (`administer`). It does not depend on the kind of
 * unit, so a guard asks it before reading the unit: authorisation first.
 */
export function canAdministerUnit(actor: Actor, unitCode: string): boolean {
  return grantedIn(actor, unitCode).has('administer');
}

/** The roles the actor may grant on the unit: those the unit's kind allows, to its administrators. */
export function grantableRoles(actor: Actor, unit: UnitRef): StaffRole[] {
  return can(actor, 'administer', unit) ? [...rolesAllowedOn(unit.kind)] : [];
}

/** Whether the actor may do this in the unit; the server's guards ask this. */
export function can(actor: Actor, capability: UnitCapability, unit: UnitRef): boolean {
  return unitCapabilities(actor, unit).includes(capability);
}

/** Whether the actor may do this in at least one of their units (e.g. report availability). */
export function canAnywhere(actor: Actor, capability: UnitCapability): boolean {
  return actor.roles.some((g) => can(actor, capability, { code: g.unitCode, kind: g.unitKind }));
}

export function hasDeploymentCapability(actor: Actor, capability: DeploymentCapability): boolean {
  return deploymentCapabilities(actor).includes(capability);
}

export function deploymentCapabilities(actor: Actor): DeploymentCapability[] {
  return DEPLOYMENT_CAPABILITIES.filter((c) => {
    switch (c) {
      case 'console':
        return actor.roles.length > 0;
      case 'administerDeployment':
        return isDeploymentAdmin(actor);
      default:
        return assertNever(c);
    }
  });
}

/** Everything the account may do, for `GET /api/me`: the web renders from this and nothing else. */
export function capabilitiesOf(actor: Actor, units: readonly UnitRef[]): Capabilities {
  return {
    deployment: deploymentCapabilities(actor),
    units: units.flatMap((unit) => {
      const capabilities = unitCapabilities(actor, unit);
      if (capabilities.length === 0) return [];
      return [{ unitCode: unit.code, capabilities, grantableRoles: grantableRoles(actor, unit) }];
    }),
  };
}
