import { useUnits } from '../units/use-units';

/** Indonesian LPSE units are mostly on WIB; used until the unit list has loaded. */
const FALLBACK_TIME_ZONE = 'Asia/Jakarta';

/** The time zone a unit's office times are in (its due times are office times). */
export function useUnitTimeZone(unitCode: string | undefined): string {
  const units = useUnits();
  return units.data?.find((unit) => unit.code === unitCode)?.timezone ?? FALLBACK_TIME_ZONE;
}
