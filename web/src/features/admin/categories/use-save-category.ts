import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../api';
import type { ApiError } from '../../../api';
import { wholeNumberOrText } from '../../../ui/form-values';
import type { Category } from '../../console/console.types';

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
      apiRequest(`/api/units/${encodeURIComponent(unitCode)}/categories/${encodeURIComponent(code)}`, {
        method: 'PUT',
        body: {
          ...body,
          sortOrder: typeof sortOrder === 'string' ? wholeNumberOrText(sortOrder) : sortOrder,
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['console', 'categories', unitCode] }),
  });
}
