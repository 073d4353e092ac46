import { DIFFICULTIES } from '../../../../domain/sla/index.js';
import { SKM_ELEMENTS } from '../../../../domain/survey/index.js';
import { ESCALATION_TIERS } from '../../../../domain/tiers/tiers.js';
import { CHANNELS, KINDS, STATUSES, TIERS } from '../../../../domain/tickets/vocabulary.js';
import {
  CHANNEL_LABELS,
  DIFFICULTY_LABELS,
  KIND_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
  dateName,
  idNumber,
  monthName,
} from './labels.js';
import type { MonthlyReportData } from './monthly-data.js';
import { barChart, finishPdf, heading, letterhead, newPdf, paragraph, table, title } from './pdf-kit.js';
import { localDateTime } from './tickets-csv.js';

const n = (v: number) => idNumber(v);
const h = (v: number | null) => idNumber(v, 2);
const pct = (v: number | null) => (v === null ? '-' : `${idNumber(v, 1)} %`);

/** The monthly report as a PDF: the unit's letterhead, the tables, two charts, page numbers. */
export async function monthlyPdf(d: MonthlyReportData): Promise<Buffer> {
  const s = d.summary;
  const doc = newPdf(`Laporan Bulanan ${d.unitName} ${monthName(d.month)}`, d.unitName, d.generatedAt);
  letterhead(doc, d.unitName, d.profile);
  title(
    doc,
    'LAPORAN BULANAN LAYANAN HELPDESK',
    `Periode ${dateName(s.period.from)} s.d. ${dateName(s.period.to)}`,
  );
  paragraph(
    doc,
    `Tiket diterima ${n(s.received.total)}; diselesaikan ${n(s.completion.count)}; selesai sesuai target ${pct(s.completion.withinTarget.all.sharePercent)}. Waktu dihitung dalam jam kerja unit (hari libur dan cuti bersama tidak dihitung). Definisi: docs/reports.md.`,
  );

  heading(doc, '1. Tiket diterima per kanal');
  table(
    doc,
    [
      { header: 'Kanal', width: 300 },
      { header: 'Jumlah', width: 100, align: 'right' },
    ],
    [
      ...CHANNELS.map((c) => [CHANNEL_LABELS[c], n(s.received.byChannel[c])]),
      ['Jumlah', n(s.received.total)],
    ],
    { boldLastRow: true },
  );
  barChart(
    doc,
    CHANNELS.map((c) => ({ label: CHANNEL_LABELS[c], value: s.received.byChannel[c] })),
    n,
  );

  heading(doc, '2. Tiket diterima per jenis dan kategori');
  table(
    doc,
    [
      { header: 'Jenis', width: 300 },
      { header: 'Jumlah', width: 100, align: 'right' },
    ],
    KINDS.map((k) => [KIND_LABELS[k], n(s.received.byKind[k])]),
  );
  table(
    doc,
    [
      { header: 'Kategori', width: 300 },
      { header: 'Jumlah', width: 100, align: 'right' },
    ],
    s.received.byCategory.map((c) => [c.name ?? 'Tanpa kategori', n(c.count)]),
  );

  heading(doc, '3. Tingkat tertinggi dan status pada akhir periode');
  table(
    doc,
    [
      { header: 'Tingkat tertinggi', width: 300 },
      { header: 'Jumlah', width: 100, align: 'right' },
    ],
    TIERS.map((t) => [TIER_LABELS[t], n(s.received.byTierReached[t])]),
  );
  table(
    doc,
    [
      { header: 'Status', width: 300 },
      { header: 'Jumlah', width: 100, align: 'right' },
    ],
    STATUSES.map((st) => [STATUS_LABELS[st], n(s.received.byStatus[st])]),
  );

  heading(doc, '4. Waktu layanan (jam kerja)');
  table(
    doc,
    [
      { header: 'Ukuran', width: 160 },
      { header: 'Jumlah tiket', width: 90, align: 'right' },
      { header: 'Median', width: 90, align: 'right' },
      { header: 'Persentil 90', width: 90, align: 'right' },
    ],
    [
      [
        'Respons pertama',
        n(s.firstResponse.count),
        h(s.firstResponse.medianHours),
        h(s.firstResponse.p90Hours),
      ],
      ['Penyelesaian', n(s.completion.count), h(s.completion.medianHours), h(s.completion.p90Hours)],
    ],
  );
  const target = s.completion.withinTarget;
  table(
    doc,
    [
      { header: 'Tingkat kesulitan', width: 160 },
      { header: 'Selesai', width: 90, align: 'right' },
      { header: 'Sesuai target', width: 90, align: 'right' },
      { header: 'Persentase', width: 90, align: 'right' },
    ],
    [
      ...DIFFICULTIES.map((k) => [
        DIFFICULTY_LABELS[k],
        n(target[k].completed),
        n(target[k].withinTarget),
        pct(target[k].sharePercent),
      ]),
      ['Semua', n(target.all.completed), n(target.all.withinTarget), pct(target.all.sharePercent)],
    ],
    { boldLastRow: true },
  );

  heading(doc, '5. Eskalasi');
  table(
    doc,
    [
      { header: 'Tujuan', width: 110 },
      { header: 'Eskalasi', width: 80, align: 'right' },
      { header: 'Dijawab', width: 80, align: 'right' },
      { header: 'Median (jam)', width: 80, align: 'right' },
      { header: 'Persentil 90 (jam)', width: 90, align: 'right' },
    ],
    ESCALATION_TIERS.map((t) => [
      TIER_LABELS[t],
      n(s.escalations[t].count),
      n(s.escalations[t].answered),
      h(s.escalations[t].medianHours),
      h(s.escalations[t].p90Hours),
    ]),
  );

  heading(doc, '6. Pengaduan dan koordinasi dengan Kepala LPSE');
  const c = s.complaints;
  table(
    doc,
    [
      { header: 'Uraian', width: 300 },
      { header: 'Nilai', width: 100, align: 'right' },
    ],
    [
      ['Pengaduan diterima', n(c.received)],
      ['Sudah dikoordinasikan', n(c.coordinated)],
      ['Menunggu koordinasi', n(c.awaitingCoordination)],
      ['Kepala LPSE sudah mengetahui', n(c.kepalaInformed)],
      ['Median waktu s.d. koordinasi (jam kerja)', h(c.coordinationMedianHours)],
    ],
  );

  heading(doc, '7. Survei Kepuasan Masyarakat');
  table(
    doc,
    [
      { header: 'Kode', width: 50 },
      { header: 'Unsur', width: 300 },
      { header: 'NRR', width: 80, align: 'right' },
    ],
    [
      ...SKM_ELEMENTS.map((e) => [e.code, e.name.id, h(s.skm.nrr[e.id])]),
      ['', `IKM (${n(s.skm.respondents)} responden)`, h(s.skm.ikm)],
      ['', 'Nilai konversi', h(s.skm.ikmConverted)],
      ['', 'Mutu pelayanan', s.skm.grade ? `${s.skm.grade} (${s.skm.label ?? ''})` : '-'],
    ],
  );

  heading(doc, '8. Tren dua belas bulan (tiket diterima)', 260);
  barChart(
    doc,
    d.trend.map((m) => ({ label: monthName(m.month), value: m.received })),
    n,
  );
  table(
    doc,
    [
      { header: 'Bulan', width: 100 },
      { header: 'Diterima', width: 65, align: 'right' },
      { header: 'Selesai', width: 65, align: 'right' },
      { header: 'Eskalasi', width: 65, align: 'right' },
      { header: 'Pengaduan', width: 70, align: 'right' },
      { header: 'Nilai SKM', width: 70, align: 'right' },
      { header: 'Mutu', width: 50, align: 'center' },
    ],
    d.trend.map((m) => [
      monthName(m.month),
      n(m.received),
      n(m.completed),
      n(m.escalated),
      n(m.complaints),
      h(m.ikmConverted),
      m.grade ?? '-',
    ]),
  );

  return finishPdf(doc, `${d.unitName} · dibuat ${localDateTime(d.calendar, d.generatedAt)}`);
}
