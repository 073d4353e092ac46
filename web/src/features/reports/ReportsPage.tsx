import '../console/load-translations';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { isApiError } from '../../api';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { PageMessage } from '../../ui/PageMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { signInPath } from '../auth/safe-next';
import { ExportLinks } from './ExportLinks';
import { ReportControls } from './ReportControls';
import { ReportFigures } from './ReportFigures';
import { currentMonth, monthOf, periodOf, type PeriodChoice } from './report-period';
import { ServiceSection } from './ServiceSection';
import { SkmSection } from './SkmSection';
import { TrendSection } from './TrendSection';
import { useReadableUnits } from './use-readable-units';
import { useReportSummary, useReportTrend } from './use-reports';
import { VolumeSection } from './VolumeSection';
import './reports.css';

/** `/laporan`: the Kepala LPSE's dashboard — a period's figures, charts, the trend and the files to file. */
export function ReportsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.title'));
  const { me, units, capabilities, readable } = useReadableUnits();
  const [chosenUnit, setUnit] = useState<string | null>(null);
  const unit = readable.find((u) => u.code === chosenUnit) ?? readable[0];
  const [choice, setChoice] = useState<PeriodChoice | null>(null);
  const period = choice ?? { kind: 'month' as const, month: currentMonth(unit?.timezone ?? 'Asia/Jakarta') };
  const days = periodOf(period);
  const month = monthOf(period);
  const summary = useReportSummary(unit?.code, days);
  const trend = useReportTrend(unit?.code, month);

  if (me.isPending || units.isPending) return <LoadingMessage />;
  if (me.isError)
    return (
      <QueryErrorMessage title={t('reports.title')} error={me.error} onRetry={() => void me.refetch()} />
    );
  if (!me.data) return <Navigate to={signInPath('/laporan')} replace />;
  if (capabilities.isPending) return <LoadingMessage />;
  if (capabilities.isError)
    return (
      <QueryErrorMessage
        title={t('reports.title')}
        error={capabilities.error}
        onRetry={() => void capabilities.refetch()}
      />
    );
  if (!unit) {
    return (
      <PageMessage title={t('reports.title')}>
        <p>{t('reports.notAllowed')}</p>
      </PageMessage>
    );
  }
  const fieldErrors = summary.error && isApiError(summary.error) ? summary.error.fieldErrors : {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return (
    <>
      <h1>{t('reports.title')}</h1>
      <p>{t('reports.intro', { unit: unit.name })}</p>
      <ReportControls
        units={readable}
        unitCode={unit.code}
        onUnit={setUnit}
        choice={period}
        onChoice={setChoice}
        fieldErrors={fieldErrors}
      />
      <div aria-live="polite" aria-busy={summary.isFetching}>
        {summary.isPending && days ? <LoadingMessage /> : null}
        {summary.isError && !hasFieldErrors ? (
          <QueryErrorMessage
            title={t('reports.loadFailed')}
            error={summary.error}
            onRetry={() => void summary.refetch()}
          />
        ) : null}
        {summary.data ? (
          <>
            <h2 className="visually-hidden">{t('reports.figures.label')}</h2>
            <ReportFigures summary={summary.data} />
          </>
        ) : null}
      </div>
      {summary.data ? (
        <>
          <VolumeSection summary={summary.data} />
          <ServiceSection summary={summary.data} />
          <SkmSection skm={summary.data.skm} />
        </>
      ) : null}
      {trend.data ? <TrendSection months={trend.data.months} /> : null}
      <ExportLinks unitCode={unit.code} month={month} period={days} />
    </>
  );
}
