import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api';

/** A unit's active ticket categories (`GET /api/units/{code}/categories`). */
export function useCategories(unitCode: string) {
  return useQuery({
    queryKey: ['units', unitCode, 'categories'] as const,
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/units/{unitCode}/categories', { params: { path: { unitCode } }, signal })))
        .categories,
    enabled: unitCode !== '',
    staleTime: 10 * 60_000,
  });
}
