import { Readable } from 'node:stream';
import { Slots } from '../../core/slots.js';
import type { Actor } from '../../../domain/accounts/roles.js';
import type { AppContext } from '../../context/app-context.js';
import { unitWorkCalendar } from '../calendar/calendar.service.js';
import { unitSlaPolicy } from '../sla/ticket-sla.js';
import { unitProfile } from '../units/units.repository.js';
import { requireUnit } from '../units/units.service.js';
import { monthlyPdf } from './exports/monthly-pdf.js';
import { monthlyWorkbook } from './exports/monthly-xlsx.js';
import type { MonthlyReportData } from './exports/monthly-data.js';
import { CONTENT_TYPES, type ReportFile } from './exports/report-file.js';
import { skmReportData } from './exports/skm-data.js';
import { skmPdf } from './exports/skm-pdf.js';
import { skmWorkbook } from './exports/skm-xlsx.js';
import {
  countByStateAtEnd,
  ticketRowBatches,
  type TicketReportRow,
} from './exports/ticket-rows.repository.js';
import { CSV_HEADER, csvField, csvLine, UTF8_BOM } from './exports/tickets-csv.js';
import { reportSummary, type ReceivedTickets, type ReportSummary } from './report-summary.js';
import { localMonthOf, reportTrend, type TrendMonth } from './report-trend.js';
import { monthScope, reportScope, type ReportScope } from '../report-scope/report-scope.js';
import { PeriodTallies } from './report-durations.repository.js';
import { categoryNames, type Range } from './reports.repository.js';

/** Dashboard figures of a period (Kepala LPSE, administrators). */
export async function summaryFor(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  period: { from: string; to: string },
): Promise<ReportSummary> {
  return reportSummary(ctx.db, ctx.dialect, await reportScope(ctx, actor, unitCode, period));
}

/** The twelve months ending with `month` (default: the unit's current month). */
export async function trendFor(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  month: string | undefined,
): Promise<{ unitCode: string; months: TrendMonth[] }> {
  const unit = await requireUnit(ctx.db, unitCode);
  const last = month ?? localMonthOf(unit, ctx.clock.now());
  // Authorises, and checks the month (field `month`) as the monthly report does.
  const scope = await monthScope(ctx, actor, unit.code, last);
  return { unitCode: unit.code, months: await reportTrend(ctx.db, scope.unit, last) };
}

const rangeOf = (scope: ReportScope): Range => ({
  unitCode: scope.unit.code,
  startIso: scope.startIso,
  endIso: scope.endIso,
});

/**
 * Report files made at once by this instance; the others wait their turn. A file's batch of
 * rows, or a PDF, is held while it is made: ten made together take no less time on one core
 * than made two by two, but hold five times the memory.
 */
const REPORT_FILES_AT_ONCE = 2;
const reportSlots = new Slots(REPORT_FILES_AT_ONCE);

/** The monthly report of a unit as xlsx, pdf or csv, named `laporan-<unit>-<YYYY-MM>.<ext>`. */
export async function monthlyReportFile(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  month: string,
  format: 'xlsx' | 'pdf' | 'csv',
): Promise<ReportFile> {
  const scope = await monthScope(ctx, actor, unitCode, month);
  const release = await reportSlots.take();
  let streaming = false;
  try {
    const [calendar, policy, categories] = await Promise.all([
      unitWorkCalendar(ctx.db, scope.unit.code),
      unitSlaPolicy(ctx.db, scope.unit.code),
      categoryNames(ctx.db, scope.unit.code),
    ]);
    const categoryName = (code: string | null) =>
      code ? (categories.get(code)?.name ?? code) : 'Tanpa kategori';
    if (format === 'csv') {
      // Sent batch by batch as it is made: a busy month's file never sits whole in memory. The
      // slot is held until the stream closes, sent whole or cut off by the client.
      const batches = ticketRowBatches(ctx.db, rangeOf(scope), calendar, policy);
      async function* lines(): AsyncGenerator<string> {
        yield `${UTF8_BOM}${CSV_HEADER.map(csvField).join(',')}\r\n`;
        for await (const rows of batches)
          yield rows.map((row) => csvLine(row, calendar, categoryName)).join('');
      }
      const body = Readable.from(lines()).once('close', release);
      streaming = true;
      return { filename: `tiket-${scope.unit.code}-${month}.csv`, contentType: CONTENT_TYPES.csv, body };
    }
    // The workbook's ticket sheet is read first: its rows tell the summary the month's tickets
    // by state at the end, and their histories, as they pass, are most of those the summary's
    // completions and escalations read. The month's rows are held until the file is written.
    const tickets: TicketReportRow[] = [];
    let received: ReceivedTickets | undefined;
    if (format === 'xlsx') {
      const tallies = await PeriodTallies.start(ctx.db, ctx.dialect, rangeOf(scope), calendar, policy);
      for await (const batch of ticketRowBatches(ctx.db, rangeOf(scope), calendar, policy, tallies))
        tickets.push(...batch);
      received = { byStateAtEnd: countByStateAtEnd(tickets), tallies };
    }
    const data: MonthlyReportData = {
      unitName: scope.unit.name,
      profile: unitProfile(scope.unit),
      month,
      summary: await reportSummary(ctx.db, ctx.dialect, scope, received),
      trend: await reportTrend(ctx.db, scope.unit, month),
      calendar,
      generatedAt: ctx.clock.now(),
      categoryName,
    };
    const filename = `laporan-${scope.unit.code}-${month}.${format}`;
    if (format === 'pdf') return { filename, contentType: CONTENT_TYPES.pdf, body: await monthlyPdf(data) };
    // The workbook is written while it is sent; the slot is held until the file closes.
    const body = monthlyWorkbook(data, tickets).once('close', release);
    streaming = true;
    return { filename, contentType: CONTENT_TYPES.xlsx, body };
  } finally {
    if (!streaming) release();
  }
}

/** The SKM report of a period as pdf or xlsx, named `skm-<unit>-<from>-sd-<to>.<ext>`. */
export async function skmReportFile(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  period: { from: string; to: string },
  format: 'pdf' | 'xlsx',
): Promise<ReportFile> {
  const scope = await reportScope(ctx, actor, unitCode, period);
  const release = await reportSlots.take();
  try {
    const data = await skmReportData(
      ctx.db,
      scope,
      await unitWorkCalendar(ctx.db, scope.unit.code),
      ctx.clock.now(),
    );
    const body = format === 'xlsx' ? skmWorkbook(data) : await skmPdf(data);
    return {
      filename: `skm-${scope.unit.code}-${scope.period.from}-sd-${scope.period.to}.${format}`,
      contentType: CONTENT_TYPES[format],
      body,
    };
  } finally {
    release();
  }
}
