import { PassThrough, type Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { WorkCalendar } from '../../../../domain/calendar/index.js';
import { lazyModule } from '../../../core/lazy-module.js';

const exceljs = lazyModule<typeof ExcelJS>('exceljs');

export type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;
/** A cell: a plain value, or a value with its own number format. */
export type Cell = string | number | Date | null | Readonly<{ value: number | Date | null; numFmt: string }>;
export type Column = Readonly<{ header: string; width?: number; numFmt?: string }>;

/** Number formats: real numbers and dates in the cells, shown the way an office reads them. */
export const FORMATS = {
  integer: '#,##0',
  hours: '#,##0.00',
  nrr: '0.00',
  weighted: '0.000',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm',
  month: 'mmm yyyy',
} as const;

/**
 * A workbook written as it is made by `write`: each row is zipped once committed and each
 * sheet once finished, so a busy month's tickets never sit whole in memory (the whole workbook
 * held a month of 5,600 tickets as about a hundred thousand cell objects, some 100 MB). The
 * file is returned at once; read it while the sheets are added, as an HTTP reply does. A
 * failure part way ends the file with that error instead of leaving the download waiting.
 */
export function streamedWorkbook(
  unitName: string,
  createdAt: Date,
  write: (wb: Workbook) => Promise<void>,
): Readable {
  const body = new PassThrough();
  const wb = new (exceljs().stream.xlsx.WorkbookWriter)({
    stream: body,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = `Tanggap — ${unitName}`;
  wb.created = createdAt;
  write(wb)
    .then(() => wb.commit())
    .catch((error: unknown) => body.destroy(error instanceof Error ? error : new Error(String(error))));
  return body;
}

/**
 * Adds a sheet holding one table: an optional title line, a bold header row (frozen), then the
 * rows, each written out as it comes. Cells keep their types: numbers stay numbers, dates stay
 * dates.
 */
export async function addTableSheet(
  wb: Workbook,
  name: string,
  title: string | null,
  columns: readonly Column[],
  rows: Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>,
): Promise<void> {
  const headerRow = title ? 3 : 1;
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  // Widths and formats go first: they are written before the first row.
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width ?? Math.max(12, c.header.length + 2);
    if (c.numFmt) column.numFmt = c.numFmt;
  });
  if (title) {
    const line = ws.addRow([title]);
    line.font = { bold: true, size: 12 };
    line.commit();
    ws.addRow([]).commit();
  }
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  // exceljs gives every cell a style object of its own and, writing it, renders the style to
  // XML to find its number in the workbook: a sixth of a month's workbook. A style object it
  // has seen before it looks up by identity, so the rows' cells share one per number format.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleOf = (numFmt: string | undefined): Partial<ExcelJS.Style> => {
    const key = numFmt ?? '';
    let style = styles.get(key);
    if (!style) styles.set(key, (style = numFmt ? { numFmt } : {}));
    return style;
  };
  for await (const values of rows) {
    const row = ws.addRow(values.map((v) => (isFormatted(v) ? v.value : v)));
    values.forEach((v, i) => {
      row.getCell(i + 1).style = styleOf(isFormatted(v) ? v.numFmt : columns[i]?.numFmt);
    });
    row.commit();
  }
  ws.commit();
}

function isFormatted(v: Cell): v is Readonly<{ value: number | Date | null; numFmt: string }> {
  return v !== null && typeof v === 'object' && !(v instanceof Date);
}

/**
 * A Date whose UTC fields are the unit's wall-clock time: spreadsheets have no time zones,
 * so 08:00 WIB must be written as 08:00, not as 01:00 UTC.
 */
export function wallClock(calendar: WorkCalendar, at: Date): Date {
  return new Date(`${calendar.formatLocal(at.getTime()).slice(0, 19)}Z`);
}

/** A local date "YYYY-MM-DD" (or the first day of a month "YYYY-MM") as a spreadsheet date. */
export function localDay(date: string): Date {
  return new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
}
