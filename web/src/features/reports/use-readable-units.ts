import { unitsWhere } from '../auth/capabilities';
import { useCapabilities, useMe } from '../auth/use-me';
import type { Unit } from '../../api';
import { useUnits } from '../units/use-units';

/**
 * The units whose reports the signed-in person reads, as `GET /api/me` says (`readReports`:
 * the Kepala LPSE and administrators of an LPSE, the deployment administrator for every one).
 */
export function useReadableUnits() {
  const me = useMe();
  const units = useUnits();
  const capabilities = useCapabilities();
  const readable: Unit[] = capabilities.data
    ? unitsWhere(capabilities.data, 'readReports', units.data ?? [])
    : [];
  return { me, units, capabilities, readable };
}
