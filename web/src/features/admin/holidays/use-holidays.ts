import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api';
import type { ApiError, BodyOf, Holiday, ResponseOf } from '../../../api';

const holidaysKey = (unitCode: string, year: number) => ['admin', 'holidays', unitCode, year] as const;
type HolidayBody = Omit<BodyOf<'/api/units/{unitCode}/holidays/{date}', 'put'>, 'confirmed'>;

export function useHolidays(unitCode: string, year: number) {
  return useQuery({
    queryKey: holidaysKey(unitCode, year),
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.GET('/api/units/{unitCode}/holidays', {
            params: { path: { unitCode }, query: { year: String(year) } },
            signal,
          }),
        )
      ).holidays,
  });
}

/** Add, replace, remove, confirm or pre-fill: each reloads the year shown. */
export function useHolidayChanges(unitCode: string) {
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: ['admin', 'holidays', unitCode] });
  const save = useMutation<{ holiday: Holiday }, ApiError, HolidayBody & { date: string }>({
    mutationFn: ({ date, ...body }) =>
      unwrap(
        api.PUT('/api/units/{unitCode}/holidays/{date}', {
          params: { path: { unitCode, date } },
          body: { ...body, confirmed: true },
        }),
      ),
    onSuccess: reload,
  });
  const remove = useMutation<void, ApiError, string>({
    mutationFn: async (date) => {
      await unwrap(
        api.DELETE('/api/units/{unitCode}/holidays/{date}', { params: { path: { unitCode, date } } }),
      );
    },
    onSuccess: reload,
  });
  const confirm = useMutation<{ holiday: Holiday }, ApiError, string>({
    mutationFn: (date) =>
      unwrap(
        api.POST('/api/units/{unitCode}/holidays/{date}/confirmation', {
          params: { path: { unitCode, date } },
        }),
      ),
    onSuccess: reload,
  });
  const prefill = useMutation<ResponseOf<'/api/units/{unitCode}/holidays/prefill', 'post'>, ApiError, number>(
    {
      mutationFn: (year) =>
        unwrap(
          api.POST('/api/units/{unitCode}/holidays/prefill', {
            params: { path: { unitCode }, query: { year: String(year) } },
          }),
        ),
      onSuccess: reload,
    },
  );
  return { save, remove, confirm, prefill };
}
