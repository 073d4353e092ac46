import type { WorkCalendar } from '../../../../domain/calendar/index.js';
import type { ReportSummary } from '../report-summary.js';
import type { TrendMonth } from '../report-trend.js';
import type { UnitFile } from '../../units/unit-file.schema.js';

/** Everything a monthly report file shows, computed once for any of its formats. */
export type MonthlyReportData = Readonly<{
  unitName: string;
  profile: UnitFile;
  month: string;
  summary: ReportSummary;
  trend: readonly TrendMonth[];
  calendar: WorkCalendar;
  generatedAt: Date;
  categoryName: (code: string | null) => string;
}>;
