import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api';

const unitBase = (unitCode: string) => `/api/units/${encodeURIComponent(unitCode)}`;

export function useReportSummary(unitCode: string | undefined, period: { from: string; to: string } | null) {
  return useQuery({
    queryKey: ['reports', 'summary', unitCode, period?.from, period?.to],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/units/{unitCode}/reports/summary', {
          params: {
            path: { unitCode: unitCode ?? '' },
            query: { from: period?.from ?? '', to: period?.to ?? '' },
          },
          signal,
        }),
      ),
    enabled: Boolean(unitCode && period),
    retry: false,
  });
}

export function useReportTrend(unitCode: string | undefined, month: string | null) {
  return useQuery({
    queryKey: ['reports', 'trend', unitCode, month],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/units/{unitCode}/reports/trend', {
          params: { path: { unitCode: unitCode ?? '' }, query: { month: month ?? '' } },
          signal,
        }),
      ),
    enabled: Boolean(unitCode && month),
    retry: false,
  });
}

/** Where the files of a period are downloaded (the browser sends the session cookie). */
export function exportLinks(
  unitCode: string,
  month: string | null,
  period: { from: string; to: string } | null,
) {
  const base = unitBase(unitCode);
  return {
    monthly: month
      ? (['xlsx', 'pdf', 'csv'] as const).map((format) => ({
          format,
          href: `${base}/reports/monthly?month=${month}&format=${format}`,
        }))
      : [],
    skm: period
      ? (['pdf', 'xlsx'] as const).map((format) => ({
          format,
          href: `${base}/skm/report?from=${period.from}&to=${period.to}&format=${format}`,
        }))
      : [],
  };
}
