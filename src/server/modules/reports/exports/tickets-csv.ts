import type { WorkCalendar } from '../../../../domain/calendar/index.js';
import { CHANNEL_LABELS, DIFFICULTY_LABELS, KIND_LABELS, STATUS_LABELS, TIER_LABELS } from './labels.js';
import type { TicketReportRow } from './ticket-rows.repository.js';

/** The columns of the tickets CSV, in order. */
export const CSV_HEADER = [
  'Kode tiket',
  'Diterima',
  'Kanal',
  'Jenis',
  'Tipe',
  'Kategori',
  'Tingkat tertinggi',
  'Status akhir periode',
  'Tingkat kesulitan',
  'Respons pertama',
  'Jam kerja s.d. respons pertama',
  'Selesai',
  'Jam kerja s.d. selesai',
  'Sesuai target',
  'Subjek',
] as const;

/** "2026-03-02 08:00" in the unit's zone: what Excel and people read as a local date and time. */
export function localDateTime(calendar: WorkCalendar, at: Date): string {
  return calendar.formatLocal(at.getTime()).slice(0, 16).replace('T', ' ');
}

/**
 * RFC 4180: quote a field when it holds a comma, quote, or line break; double the quotes.
 * Text a spreadsheet would run as a formula (OWASP "CSV injection": a cell starting with
 * `=`, `+`, `-`, `@`, tab or CR) is written with a leading `'`, so it is shown, never run.
 * Numbers are ours, not typed by anyone, and stay numbers.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV line (CRLF-terminated) of a ticket; category by name when the unit has it. */
export function csvLine(
  row: TicketReportRow,
  calendar: WorkCalendar,
  categoryName: (code: string | null) => string,
): string {
  const fields = [
    row.code,
    localDateTime(calendar, row.receivedAt),
    CHANNEL_LABELS[row.channel],
    KIND_LABELS[row.kind],
    row.type,
    categoryName(row.categoryCode),
    TIER_LABELS[row.tierReached],
    STATUS_LABELS[row.statusAtEnd],
    DIFFICULTY_LABELS[row.difficulty],
    row.firstResponseAt ? localDateTime(calendar, row.firstResponseAt) : null,
    row.firstResponseHours,
    row.completedAt ? localDateTime(calendar, row.completedAt) : null,
    row.completionHours,
    row.withinTarget === null ? null : row.withinTarget ? 'Ya' : 'Tidak',
    row.subject,
  ];
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** UTF-8 with a byte-order mark, so Excel reads the accents and the rupiah sign right. */
export const UTF8_BOM = '\ufeff';
