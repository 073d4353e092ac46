import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { UnitStandardResponse } from './standard.types';

/** A unit and its published standard (both languages in one response). */
export function useUnitStandard(unitCode: string) {
  return useQuery({
    queryKey: ['units', unitCode, 'standard'] as const,
    queryFn: ({ signal }) =>
      api.get<UnitStandardResponse>(`/api/units/${encodeURIComponent(unitCode)}/standard`, signal),
    staleTime: 10 * 60_000,
  });
}
