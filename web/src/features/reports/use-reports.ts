import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { ReportSummary, TrendResponse } from './reports.types';

const unitBase = (unitCode: string) => `/api/units/${encodeURIComponent(unitCode)}`;

export function useReportSummary(unitCode: string | undefined, period: { from: string; to: string } | null) {
  return useQuery({
    queryKey: ['reports', 'summary', unitCode, period?.from, period?.to],
    queryFn: ({ signal }) =>
      api.get<ReportSummary>(
        `${unitBase(unitCode ?? '')}/reports/summary?from=${period?.from ?? ''}&to=${period?.to ?? ''}`,
        signal,
      ),
    enabled: Boolean(unitCode && period),
    retry: false,
  });
}

export function useReportTrend(unitCode: string | undefined, month: string | null) {
  return useQuery({
    queryKey: ['reports', 'trend', unitCode, month],
    queryFn: ({ signal }) =>
      api.get<TrendResponse>(`${unitBase(unitCode ?? '')}/reports/trend?month=${month ?? ''}`, signal),
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
