import { createContext, useContext } from 'react';
import type { Role, User } from '../../api';
import type { Unit } from '../../api';

/** Who is at the console and for which LPSE unit they work now. */
export type ConsoleSession = {
  user: User;
  /** LPSE units where the user holds a staff role. */
  units: Unit[];
  /** The unit the console works on; null for staff of the national tier only (LKPP-RI). */
  unit: Unit | null;
  setUnitCode: (code: string) => void;
};

export const ConsoleContext = createContext<ConsoleSession | null>(null);

/** The console session; only components under ConsoleApp use it. */
export function useConsole(): ConsoleSession {
  const session = useContext(ConsoleContext);
  if (!session) throw new Error('useConsole outside ConsoleApp');
  return session;
}

export function hasRole(user: User, role: Role, unitCode?: string): boolean {
  return user.roles.some(
    (grant) => grant.role === role && (unitCode === undefined || grant.unitCode === unitCode),
  );
}

/** Staff are users with at least one role; service users have none. */
export function isStaff(user: User): boolean {
  return user.roles.length > 0;
}

/** The LPSE units the user works in, in the order of the deployment's unit list. */
export function staffUnits(user: User, units: readonly Unit[]): Unit[] {
  const codes = new Set(user.roles.map((grant) => grant.unitCode));
  return units.filter((unit) => unit.kind === 'lpse' && codes.has(unit.code));
}
