import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api';

/** A unit and its published standard (both languages in one response). */
export function useUnitStandard(unitCode: string) {
  return useQuery({
    queryKey: ['units', unitCode, 'standard'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/units/{unitCode}/standard', { params: { path: { unitCode } }, signal })),
    staleTime: 10 * 60_000,
  });
}
