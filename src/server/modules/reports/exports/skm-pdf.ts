import { dateName, idNumber } from './labels.js';
import { finishPdf, heading, letterhead, newPdf, paragraph, table, title } from './pdf-kit.js';
import type { SkmReportData } from './skm-data.js';
import { GRADE_TABLE_ROWS } from './skm-data.js';
import { localDateTime } from './tickets-csv.js';

const dec = (v: number | null, digits: number) => idNumber(v, digits);

/** The SKM report as a PDF in the published layout: letterhead, NRR table, index, grade, profile. */
export async function skmPdf(d: SkmReportData): Promise<Buffer> {
  const doc = newPdf(`Laporan SKM ${d.unitName}`, d.unitName, d.generatedAt);
  letterhead(doc, d.unitName, d.profile);
  title(
    doc,
    'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT',
    `Periode ${dateName(d.period.from)} s.d. ${dateName(d.period.to)} · ${idNumber(d.respondents)} responden`,
  );
  paragraph(
    doc,
    'Disusun menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017. NRR = jumlah nilai / jumlah jawaban per unsur; IKM = jumlah NRR × 1/9; nilai konversi = IKM × 25. Pertanyaan yang tidak dijawab tidak dihitung pada unsurnya. Setiap nilai dihitung dari pecahan tepat lalu dibulatkan setengah ke atas.',
  );

  heading(doc, 'Nilai per unsur pelayanan');
  table(
    doc,
    [
      { header: 'No', width: 25, align: 'right' },
      { header: 'Kode', width: 35 },
      { header: 'Unsur pelayanan', width: 195 },
      { header: 'Jumlah nilai', width: 60, align: 'right' },
      { header: 'Jumlah jawaban', width: 60, align: 'right' },
      { header: 'NRR', width: 50, align: 'right' },
      { header: 'NRR tertimbang', width: 70, align: 'right' },
    ],
    d.elements.map((e, i) => [
      String(i + 1),
      e.code,
      e.name,
      idNumber(e.sum),
      idNumber(e.answers),
      dec(e.nrr, 2),
      dec(e.weighted, 3),
    ]),
  );

  heading(doc, 'Indeks Kepuasan Masyarakat');
  table(
    doc,
    [
      { header: 'Uraian', width: 300 },
      { header: 'Nilai', width: 185, align: 'right' },
    ],
    [
      ['IKM (jumlah NRR tertimbang)', dec(d.ikm, 2)],
      ['Nilai konversi (IKM × 25)', dec(d.ikmConverted, 2)],
      ['Mutu pelayanan', d.grade ?? '-'],
      ['Kinerja unit pelayanan', d.label ?? '-'],
    ],
  );
  if (d.ikm === null)
    paragraph(
      doc,
      'Indeks tidak dihitung: ada unsur yang tidak dijawab satu responden pun pada periode ini.',
    );
  table(
    doc,
    [
      { header: 'Mutu', width: 60, align: 'center' },
      { header: 'Nilai konversi', width: 150 },
      { header: 'Kinerja unit pelayanan', width: 200 },
    ],
    GRADE_TABLE_ROWS.map((g) => [g.grade, g.range, g.label]),
  );

  heading(doc, 'Profil responden', 140);
  for (const p of d.profiles) {
    table(
      doc,
      [
        { header: p.question, width: 250 },
        { header: 'Jumlah', width: 80, align: 'right' },
        { header: 'Persentase', width: 80, align: 'right' },
      ],
      p.rows.map((r) => [
        r.label,
        idNumber(r.count),
        d.respondents === 0 ? '-' : `${idNumber((r.count * 100) / d.respondents, 1)} %`,
      ]),
    );
  }

  if (d.comments.length > 0) {
    heading(doc, 'Saran dan masukan responden');
    for (const c of d.comments) paragraph(doc, `• ${c}`);
  }
  return finishPdf(doc, `${d.unitName} · dibuat ${localDateTime(d.calendar, d.generatedAt)}`);
}
