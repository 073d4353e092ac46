import type { Readable } from 'node:stream';
import { DIFFICULTIES } from '../../../../domain/sla/index.js';
import { SKM_ELEMENTS } from '../../../../domain/survey/index.js';
import { ESCALATION_TIERS } from '../../../../domain/tiers/tiers.js';
import { CHANNELS, KINDS, STATUSES, TIERS } from '../../../../domain/tickets/vocabulary.js';
import {
  CHANNEL_LABELS,
  DIFFICULTY_LABELS,
  KIND_LABELS,
  monthName,
  STATUS_LABELS,
  TIER_LABELS,
} from './labels.js';
import type { MonthlyReportData } from './monthly-data.js';
import { CSV_HEADER } from './tickets-csv.js';
import type { TicketReportRow } from './ticket-rows.repository.js';
import {
  addTableSheet,
  FORMATS,
  localDay,
  streamedWorkbook,
  wallClock,
  type Cell,
  type Workbook,
} from './xlsx-kit.js';

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The monthly report as a workbook: one sheet per table, numbers and dates as such, the month's tickets last. */
export function monthlyWorkbook(d: MonthlyReportData, tickets: readonly TicketReportRow[]): Readable {
  return streamedWorkbook(d.unitName, d.generatedAt, (wb) => writeSheets(wb, d, tickets));
}

async function writeSheets(
  wb: Workbook,
  d: MonthlyReportData,
  tickets: readonly TicketReportRow[],
): Promise<void> {
  const s = d.summary;
  const title = (what: string) => `${what} — ${d.unitName}, ${monthName(d.month)}`;
  const count = { header: 'Jumlah', numFmt: FORMATS.integer };

  await addTableSheet(
    wb,
    'Ringkasan',
    title('Laporan bulanan layanan helpdesk'),
    [
      { header: 'Uraian', width: 48 },
      { header: 'Nilai', width: 22 },
    ],
    [
      ['Unit', d.unitName],
      ['Periode dari', { value: localDay(s.period.from), numFmt: FORMATS.date }],
      ['Periode sampai', { value: localDay(s.period.to), numFmt: FORMATS.date }],
      ['Dibuat pada', { value: wallClock(d.calendar, d.generatedAt), numFmt: FORMATS.dateTime }],
      ['Tiket diterima', s.received.total],
      ['Tiket diselesaikan', s.completion.count],
      ['Respons pertama diberikan', s.firstResponse.count],
      ['Median respons pertama (jam kerja)', s.firstResponse.medianHours],
      ['Median penyelesaian (jam kerja)', s.completion.medianHours],
      [
        'Selesai sesuai target',
        {
          value: share(s.completion.withinTarget.all.withinTarget, s.completion.withinTarget.all.completed),
          numFmt: FORMATS.percent,
        },
      ],
      ...ESCALATION_TIERS.map((t) => [`Eskalasi ke ${TIER_LABELS[t]}`, s.escalations[t].count] as const),
      ['Pengaduan diterima', s.complaints.received],
      ['Responden SKM', s.skm.respondents],
      ['Nilai SKM (konversi)', s.skm.ikmConverted],
      ['Mutu pelayanan', s.skm.grade ? `${s.skm.grade} (${s.skm.label ?? ''})` : '-'],
    ],
  );
  await addTableSheet(
    wb,
    'Kanal',
    title('Tiket diterima per kanal'),
    [{ header: 'Kanal', width: 28 }, count],
    CHANNELS.map((c) => [CHANNEL_LABELS[c], s.received.byChannel[c]]),
  );
  await addTableSheet(
    wb,
    'Jenis',
    title('Tiket diterima per jenis'),
    [{ header: 'Jenis', width: 28 }, count],
    KINDS.map((k) => [KIND_LABELS[k], s.received.byKind[k]]),
  );
  await addTableSheet(
    wb,
    'Kategori',
    title('Tiket diterima per kategori'),
    [{ header: 'Kategori', width: 50 }, count],
    s.received.byCategory.map((c) => [c.name ?? 'Tanpa kategori', c.count]),
  );
  await addTableSheet(
    wb,
    'Tingkat',
    title('Tingkat tertinggi yang dicapai'),
    [{ header: 'Tingkat', width: 20 }, count],
    TIERS.map((t) => [TIER_LABELS[t], s.received.byTierReached[t]]),
  );
  await addTableSheet(
    wb,
    'Status',
    title('Status pada akhir periode'),
    [{ header: 'Status', width: 32 }, count],
    STATUSES.map((st) => [STATUS_LABELS[st], s.received.byStatus[st]]),
  );
  const hoursCol = (header: string) => ({ header, width: 24, numFmt: FORMATS.hours });
  await addTableSheet(
    wb,
    'Waktu layanan',
    title('Waktu layanan dalam jam kerja'),
    [
      { header: 'Ukuran', width: 24 },
      { header: 'Jumlah tiket', numFmt: FORMATS.integer },
      hoursCol('Median (jam kerja)'),
      hoursCol('Persentil 90 (jam kerja)'),
    ],
    [
      ['Respons pertama', s.firstResponse.count, s.firstResponse.medianHours, s.firstResponse.p90Hours],
      ['Penyelesaian', s.completion.count, s.completion.medianHours, s.completion.p90Hours],
    ],
  );
  const target = s.completion.withinTarget;
  await addTableSheet(
    wb,
    'Target',
    title('Selesai sesuai target per tingkat kesulitan'),
    [
      { header: 'Tingkat kesulitan', width: 20 },
      { header: 'Selesai', numFmt: FORMATS.integer },
      { header: 'Sesuai target', numFmt: FORMATS.integer },
      { header: 'Persentase', numFmt: FORMATS.percent },
    ],
    [
      ...DIFFICULTIES.map((k): Cell[] => [
        DIFFICULTY_LABELS[k],
        target[k].completed,
        target[k].withinTarget,
        share(target[k].withinTarget, target[k].completed),
      ]),
      [
        'Semua',
        target.all.completed,
        target.all.withinTarget,
        share(target.all.withinTarget, target.all.completed),
      ],
    ],
  );
  await addTableSheet(
    wb,
    'Eskalasi',
    title('Eskalasi dan waktu tanggapnya'),
    [
      { header: 'Tujuan', width: 16 },
      { header: 'Eskalasi', numFmt: FORMATS.integer },
      { header: 'Dijawab s.d. akhir periode', width: 26, numFmt: FORMATS.integer },
      hoursCol('Median (jam kerja)'),
      hoursCol('Persentil 90 (jam kerja)'),
    ],
    ESCALATION_TIERS.map((t) => [
      TIER_LABELS[t],
      s.escalations[t].count,
      s.escalations[t].answered,
      s.escalations[t].medianHours,
      s.escalations[t].p90Hours,
    ]),
  );
  const c = s.complaints;
  await addTableSheet(
    wb,
    'Pengaduan',
    title('Pengaduan dan koordinasi dengan Kepala LPSE'),
    [
      { header: 'Uraian', width: 44 },
      { header: 'Nilai', width: 14, numFmt: FORMATS.hours },
    ],
    [
      ['Pengaduan diterima', c.received],
      ['Sudah dikoordinasikan', c.coordinated],
      ['Menunggu koordinasi', c.awaitingCoordination],
      ['Kepala LPSE sudah mengetahui', c.kepalaInformed],
      ['Median waktu s.d. koordinasi (jam kerja)', c.coordinationMedianHours],
      ['Persentil 90 waktu s.d. koordinasi (jam kerja)', c.coordinationP90Hours],
    ],
  );
  await addTableSheet(
    wb,
    'SKM',
    title(`Survei Kepuasan Masyarakat (${s.skm.respondents} responden)`),
    [
      { header: 'Kode', width: 8 },
      { header: 'Unsur', width: 44 },
      { header: 'NRR', numFmt: FORMATS.nrr },
    ],
    [
      ...SKM_ELEMENTS.map((e): Cell[] => [e.code, e.name.id, s.skm.nrr[e.id]]),
      ['IKM', 'Indeks Kepuasan Masyarakat (1–4)', s.skm.ikm],
      ['', 'Nilai konversi (25–100)', s.skm.ikmConverted],
      ['', 'Mutu pelayanan', s.skm.grade ? `${s.skm.grade} — ${s.skm.label ?? ''}` : '-'],
    ],
  );
  await addTableSheet(
    wb,
    'Tren 12 bulan',
    title('Tren dua belas bulan'),
    [
      { header: 'Bulan', numFmt: FORMATS.month },
      { header: 'Diterima', numFmt: FORMATS.integer },
      { header: 'Selesai', numFmt: FORMATS.integer },
      { header: 'Eskalasi', numFmt: FORMATS.integer },
      { header: 'Pengaduan', numFmt: FORMATS.integer },
      { header: 'Responden SKM', numFmt: FORMATS.integer },
      { header: 'Nilai SKM', numFmt: FORMATS.nrr },
      { header: 'Mutu' },
    ],
    d.trend.map((m) => [
      localDay(m.month),
      m.received,
      m.completed,
      m.escalated,
      m.complaints,
      m.skmRespondents,
      m.ikmConverted,
      m.grade,
    ]),
  );
  await addTableSheet(
    wb,
    'Tiket',
    title('Tiket yang diterima'),
    CSV_HEADER.map((header, i) => ({
      header,
      width: i === 14 ? 60 : 20,
      ...([1, 9, 11].includes(i)
        ? { numFmt: FORMATS.dateTime }
        : [10, 12].includes(i)
          ? { numFmt: FORMATS.hours }
          : {}),
    })),
    ticketCells(d, tickets),
  );
}

function* ticketCells(d: MonthlyReportData, tickets: readonly TicketReportRow[]): Generator<Cell[]> {
  const when = (at: Date | null) => (at ? wallClock(d.calendar, at) : null);
  for (const t of tickets) {
    yield [
      t.code,
      when(t.receivedAt),
      CHANNEL_LABELS[t.channel],
      KIND_LABELS[t.kind],
      t.type,
      d.categoryName(t.categoryCode),
      TIER_LABELS[t.tierReached],
      STATUS_LABELS[t.statusAtEnd],
      DIFFICULTY_LABELS[t.difficulty],
      when(t.firstResponseAt),
      t.firstResponseHours,
      when(t.completedAt),
      t.completionHours,
      t.withinTarget === null ? null : t.withinTarget ? 'Ya' : 'Tidak',
      t.subject,
    ];
  }
}
