import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api';
import { useLanguage } from '../../i18n';
import type { Category } from '../../api';

export const categoriesKey = (unitCode: string, all: boolean) =>
  ['console', 'categories', unitCode, all] as const;

/** A unit's ticket categories (active ones, or all of them for the administrator). */
export function useCategories(unitCode: string | null, all = false) {
  return useQuery({
    queryKey: categoriesKey(unitCode ?? '', all),
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.GET('/api/units/{unitCode}/categories', {
            params: { path: { unitCode: unitCode ?? '' }, query: all ? { all: 'true' } : {} },
            signal,
          }),
        )
      ).categories,
    enabled: unitCode !== null,
    staleTime: 5 * 60_000,
  });
}

/** The category's name in the UI language. */
export function useCategoryName(): (category: Category) => string {
  const language = useLanguage();
  return (category) => (language === 'en' ? category.nameEn : category.name);
}
