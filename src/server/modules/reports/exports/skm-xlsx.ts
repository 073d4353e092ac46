import type { Readable } from 'node:stream';
import { dateName } from './labels.js';
import type { SkmReportData } from './skm-data.js';
import { GRADE_TABLE_ROWS } from './skm-data.js';
import {
  addTableSheet,
  FORMATS,
  localDay,
  streamedWorkbook,
  wallClock,
  type Cell,
  type Workbook,
} from './xlsx-kit.js';

/** The SKM report as a workbook: index per element, profile, grade table, comments, a sheet each. */
export function skmWorkbook(d: SkmReportData): Readable {
  return streamedWorkbook(d.unitName, d.generatedAt, (wb) => writeSheets(wb, d));
}

async function writeSheets(wb: Workbook, d: SkmReportData): Promise<void> {
  const period = `${dateName(d.period.from)} s.d. ${dateName(d.period.to)}`;
  await addTableSheet(
    wb,
    'Indeks',
    `Hasil Survei Kepuasan Masyarakat — ${d.unitName}, ${period}`,
    [
      { header: 'No', width: 5, numFmt: FORMATS.integer },
      { header: 'Kode', width: 7 },
      { header: 'Unsur pelayanan', width: 44 },
      { header: 'Jumlah nilai', numFmt: FORMATS.integer },
      { header: 'Jumlah jawaban', numFmt: FORMATS.integer },
      { header: 'NRR', numFmt: FORMATS.nrr },
      { header: 'NRR tertimbang (NRR × 1/9)', width: 26, numFmt: FORMATS.weighted },
    ],
    [
      ...d.elements.map((e, i): Cell[] => [i + 1, e.code, e.name, e.sum, e.answers, e.nrr, e.weighted]),
      [null, '', 'IKM (Σ NRR tertimbang, 1–4)', null, null, null, { value: d.ikm, numFmt: FORMATS.nrr }],
      [
        null,
        '',
        'Nilai konversi (IKM × 25)',
        null,
        null,
        null,
        { value: d.ikmConverted, numFmt: FORMATS.nrr },
      ],
      [null, '', 'Mutu pelayanan', null, null, null, d.grade ?? '-'],
      [null, '', 'Kinerja unit pelayanan', null, null, null, d.label ?? '-'],
      [null, '', 'Jumlah responden', null, null, null, { value: d.respondents, numFmt: FORMATS.integer }],
      [null, '', 'Periode dari', null, null, null, { value: localDay(d.period.from), numFmt: FORMATS.date }],
      [null, '', 'Periode sampai', null, null, null, { value: localDay(d.period.to), numFmt: FORMATS.date }],
      [
        null,
        '',
        'Dibuat pada',
        null,
        null,
        null,
        { value: wallClock(d.calendar, d.generatedAt), numFmt: FORMATS.dateTime },
      ],
    ],
  );
  await addTableSheet(
    wb,
    'Profil responden',
    `Profil responden — ${period}`,
    [
      { header: 'Pertanyaan', width: 24 },
      { header: 'Jawaban', width: 32 },
      { header: 'Jumlah', numFmt: FORMATS.integer },
      { header: 'Persentase', numFmt: FORMATS.percent },
    ],
    d.profiles.flatMap((p) =>
      p.rows.map((r): Cell[] => [
        p.question,
        r.label,
        r.count,
        d.respondents === 0 ? null : r.count / d.respondents,
      ]),
    ),
  );
  await addTableSheet(
    wb,
    'Mutu pelayanan',
    'Nilai persepsi, interval konversi dan mutu pelayanan (PermenPANRB 14/2017)',
    [
      { header: 'Mutu', width: 8 },
      { header: 'Nilai konversi', width: 18 },
      { header: 'Kinerja unit pelayanan', width: 26 },
    ],
    GRADE_TABLE_ROWS.map((g) => [g.grade, g.range, g.label]),
  );
  await addTableSheet(
    wb,
    'Saran',
    `Saran dan masukan responden (${d.comments.length})`,
    [{ header: 'Saran/masukan', width: 100 }],
    d.comments.map((c) => [c]),
  );
}
