import { useMe } from '../auth/use-me';
import type { Unit } from '../../api';
import { useUnits } from '../units/use-units';

/**
 * The LPSE units whose reports the signed-in person reads: as Kepala LPSE or administrator
 * of the unit, or every LPSE for an administrator of the deployment (the API decides; this
 * only chooses what to offer).
 */
export function useReadableUnits() {
  const me = useMe();
  const units = useUnits();
  const user = me.data;
  const all = units.data ?? [];
  const isNationalAdmin = Boolean(
    user?.roles.some(
      (g) => g.role === 'admin' && all.find((u) => u.code === g.unitCode)?.kind === 'national',
    ),
  );
  const readable: Unit[] = all.filter(
    (u) =>
      u.kind === 'lpse' &&
      (isNationalAdmin ||
        Boolean(
          user?.roles.some((g) => g.unitCode === u.code && (g.role === 'kepala' || g.role === 'admin')),
        )),
  );
  return { me, units, readable };
}
