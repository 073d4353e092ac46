import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api';
import type { ApiError, Category } from '../../../api';
import { wholeNumber } from '../../../ui/form-values';

export type CategoryInput = {
  code: string;
  name: string;
  nameEn: string;
  isActive: boolean;
  sortOrder: number | string;
};

/** `PUT /api/units/{unit}/categories/{code}`: adds or edits; every list of the unit's categories reloads. */
export function useSaveCategory(unitCode: string) {
  const queryClient = useQueryClient();
  return useMutation<Category, ApiError, CategoryInput>({
    mutationFn: ({ code, sortOrder, ...body }) =>
      unwrap(
        api.PUT('/api/units/{unitCode}/categories/{categoryCode}', {
          params: { path: { unitCode, categoryCode: code } },
          body: { ...body, sortOrder: typeof sortOrder === 'string' ? wholeNumber(sortOrder) : sortOrder },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['console', 'categories', unitCode] }),
  });
}
