import type ExcelJS from 'exceljs';
import { lazyModule } from '../../../lazy-module.js';

const exceljs = lazyModule<typeof ExcelJS>('exceljs');
import type { WorkCalendar } from '../../../../domain/calendar/index.js';

export type Workbook = ExcelJS.Workbook;
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

/** A workbook with its author and creation time set. */
export function newWorkbook(unitName: string, createdAt: Date): Workbook {
  const wb = new (exceljs().Workbook)();
  wb.creator = `Tanggap — ${unitName}`;
  wb.created = createdAt;
  return wb;
}

/**
 * A sheet holding one table: an optional title line, a bold header row (frozen), then the
 * rows. Cells keep their types: numbers stay numbers, dates stay dates.
 */
export function addTableSheet(wb: Workbook, name: string, title: string | null, columns: readonly Column[], rows: readonly (readonly Cell[])[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  if (title) {
    ws.addRow([title]).font = { bold: true, size: 12 };
    ws.addRow([]);
  }
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  ws.views = [{ state: 'frozen', ySplit: header.number }];
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width ?? Math.max(12, c.header.length + 2);
    if (c.numFmt) column.numFmt = c.numFmt;
  });
  for (const values of rows) {
    const row = ws.addRow(values.map((v) => (isFormatted(v) ? v.value : v)));
    values.forEach((v, i) => {
      if (isFormatted(v)) row.getCell(i + 1).numFmt = v.numFmt;
    });
  }
  return ws;
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

export async function workbookBuffer(wb: Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
