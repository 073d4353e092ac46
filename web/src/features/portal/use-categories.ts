import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';

export type Category = { code: string; name: string; nameEn: string; isActive: boolean; sortOrder: number };

/** A unit's active ticket categories (`GET /api/units/{code}/categories`). */
export function useCategories(unitCode: string) {
  return useQuery({
    queryKey: ['units', unitCode, 'categories'] as const,
    queryFn: async ({ signal }) =>
      (
        await api.get<{ categories: Category[] }>(
          `/api/units/${encodeURIComponent(unitCode)}/categories`,
          signal,
        )
      ).categories,
    enabled: unitCode !== '',
    staleTime: 10 * 60_000,
  });
}
