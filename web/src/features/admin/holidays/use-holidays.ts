import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../api';
import type { ApiError } from '../../../api';
import type { Holiday, HolidayType } from '../admin.types';

const holidaysKey = (unitCode: string, year: number) => ['admin', 'holidays', unitCode, year] as const;
const base = (unitCode: string) => `/api/units/${encodeURIComponent(unitCode)}/holidays`;

export function useHolidays(unitCode: string, year: number) {
  return useQuery({
    queryKey: holidaysKey(unitCode, year),
    queryFn: async ({ signal }) =>
      (await api.get<{ year: number; holidays: Holiday[] }>(`${base(unitCode)}?year=${year}`, signal))
        .holidays,
  });
}

/** Add, replace, remove, confirm or pre-fill: each reloads the year shown. */
export function useHolidayChanges(unitCode: string) {
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: ['admin', 'holidays', unitCode] });
  const save = useMutation<
    { holiday: Holiday },
    ApiError,
    { date: string; type: HolidayType; name: string; source: string }
  >({
    mutationFn: ({ date, ...body }) =>
      apiRequest(`${base(unitCode)}/${encodeURIComponent(date)}`, {
        method: 'PUT',
        body: { ...body, confirmed: true },
      }),
    onSuccess: reload,
  });
  const remove = useMutation<void, ApiError, string>({
    mutationFn: (date) => apiRequest(`${base(unitCode)}/${encodeURIComponent(date)}`, { method: 'DELETE' }),
    onSuccess: reload,
  });
  const confirm = useMutation<{ holiday: Holiday }, ApiError, string>({
    mutationFn: (date) => api.post(`${base(unitCode)}/${encodeURIComponent(date)}/confirmation`),
    onSuccess: reload,
  });
  const prefill = useMutation<{ year: number; added: Holiday[]; kept: string[] }, ApiError, number>({
    mutationFn: (year) => api.post(`${base(unitCode)}/prefill?year=${year}`),
    onSuccess: reload,
  });
  return { save, remove, confirm, prefill };
}
