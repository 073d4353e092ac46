// Pure: unit-tested without a browser.
import type { Capabilities, DeploymentCapability, Role, UnitCapability } from '../../api';

/**
 * Questions the screens ask of `GET /api/me`'s capabilities. The answers are the server's
 * (src/domain/accounts/capabilities.ts, which its guards also ask); nothing here decides.
 */
export function canIn(
  capabilities: Capabilities,
  capability: UnitCapability,
  unitCode: string | null | undefined,
): boolean {
  return capabilities.units.some((u) => u.unitCode === unitCode && u.capabilities.includes(capability));
}

/** Whether the account may do this in at least one unit. */
export function canAnywhere(capabilities: Capabilities, capability: UnitCapability): boolean {
  return capabilities.units.some((u) => u.capabilities.includes(capability));
}

export function canDeployment(capabilities: Capabilities, capability: DeploymentCapability): boolean {
  return capabilities.deployment.includes(capability);
}

/** The units, in the order given, where the account may do this. */
export function unitsWhere<U extends { code: string }>(
  capabilities: Capabilities,
  capability: UnitCapability,
  units: readonly U[],
): U[] {
  return units.filter((unit) => canIn(capabilities, capability, unit.code));
}

/** The roles the account may grant on the unit. */
export function grantableRolesIn(capabilities: Capabilities, unitCode: string): Role[] {
  return capabilities.units.find((u) => u.unitCode === unitCode)?.grantableRoles ?? [];
}
