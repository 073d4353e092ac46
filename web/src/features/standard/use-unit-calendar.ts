import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api';

/** A unit's office hours and their date-ranged overrides (`GET /api/units/{code}/calendar`). */
export function useUnitCalendar(unitCode: string) {
  return useQuery({
    queryKey: ['units', unitCode, 'calendar'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/units/{unitCode}/calendar', { params: { path: { unitCode } }, signal })),
    staleTime: 10 * 60_000,
  });
}

function useHolidaysOf(unitCode: string, year: number) {
  return useQuery({
    queryKey: ['units', unitCode, 'holidays', year] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/units/{unitCode}/holidays', {
          params: { path: { unitCode }, query: { year: String(year) } },
          signal,
        }),
      ),
    staleTime: 10 * 60_000,
  });
}

/**
 * Holidays and cuti bersama of this year and the next (near the year's end the next ones are in
 * the next year). Two plain queries rather than `useQueries`, which would add to the JavaScript
 * every public page downloads.
 */
export function useUnitHolidays(unitCode: string, year: number) {
  const thisYear = useHolidaysOf(unitCode, year);
  const nextYear = useHolidaysOf(unitCode, year + 1);
  return {
    holidays: [...(thisYear.data?.holidays ?? []), ...(nextYear.data?.holidays ?? [])],
    isPending: thisYear.isPending || nextYear.isPending,
    isError: thisYear.isError || nextYear.isError,
  };
}
