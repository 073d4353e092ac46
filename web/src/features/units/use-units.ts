import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api';
import type { Unit } from '../../api';

export const unitsQueryKey = ['units'] as const;

/** All units of the deployment. They change rarely: cached for the session. */
export function useUnits() {
  return useQuery({
    queryKey: unitsQueryKey,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/units', { signal }))).units,
    staleTime: 10 * 60_000,
  });
}

/** The unit the public home page shows: the first LPSE (not the national tier). */
export function firstLpse(units: readonly Unit[]): Unit | undefined {
  return units.find((unit) => unit.kind === 'lpse');
}

export function unitPath(code: string): string {
  return `/u/${encodeURIComponent(code)}`;
}
