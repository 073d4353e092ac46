import { createContext, useContext } from 'react';
import type { Unit } from '../../api';

/** The unit being administered. */
export const AdminUnitContext = createContext<Unit | null>(null);

export function useAdminUnit(): Unit {
  const unit = useContext(AdminUnitContext);
  if (!unit) throw new Error('useAdminUnit outside AdminApp');
  return unit;
}
