import { createContext, useContext } from 'react';
import type { Capabilities, Unit, User } from '../../api';

/** Who is at the console, what they may do, and for which LPSE unit they work now. */
export type ConsoleSession = {
  user: User;
  /** `GET /api/me`'s capabilities: every screen and link of the console is offered from these. */
  capabilities: Capabilities;
  /** LPSE units the user serves as staff. */
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
