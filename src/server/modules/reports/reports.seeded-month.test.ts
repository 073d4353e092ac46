import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESCALATION_TIERS, TIERS } from '../../../domain/tiers/tiers.js';
import type { z } from 'zod';
import { as, json, type Caller } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import {
  APRIL_SURVEYS,
  UNIT,
  seedApril,
  type LedgerTicket,
} from '../../../test-support/reports-seeded-month.js';
import type { ReportSummaryResponse, TrendResponse } from './reports.schemas.js';

type SummaryBody = z.infer<typeof ReportSummaryResponse>;
type TrendBody = z.infer<typeof TrendResponse>;

const HAS_PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].some((p) => existsSync(p));
if (!HAS_PDFTOTEXT && process.env.CI)
  throw new Error('pdftotext (poppler-utils) is required in CI to check the PDF reports');
if (!HAS_PDFTOTEXT)
  console.warn('pdftotext not found: the PDF report checks are skipped (apt-get install poppler-utils)');

/** The text of a PDF, as poppler extracts it (layout kept, so table rows stay on one line). */
export function pdfText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'tanggap-pdf-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

// ── Counts made from the ledger, independently of the code under test ──
const countBy = (items: readonly LedgerTicket[], key: (t: LedgerTicket) => string | null) => {
  const counts = new Map<string | null, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};
/** Nearest rank: the value at rank ⌈p·n⌉ of the sorted values, in hours with 2 decimals. */
const rankHours = (minutes: number[], p: number) => {
  if (minutes.length === 0) return null;
  const sorted = [...minutes].sort((a, b) => a - b);
  return Math.round((sorted[Math.ceil(p * sorted.length) - 1]! / 60) * 100) / 100;
};

describe.each(TEST_DIALECTS)('the monthly report of a seeded April on %s', (dialect) => {
  let t: TestApp;
  let ledger: LedgerTicket[];
  let kepala: Caller;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    ledger = await seedApril(t);
    t.clock.set(new Date('2026-05-20T09:00:00+07:00'));
    kepala = as(t, await t.login('kepala@demo.test'));
  }, 180_000);
  afterAll(async () => {
    await t.close();
  });

  it('states every figure of the dashboard as the ledger counts it', async () => {
    const res = await kepala.get(`/api/units/${UNIT}/reports/summary?from=2026-04-01&to=2026-04-30`);
    expect(res.statusCode, res.body).toBe(200);
    const s = json<SummaryBody>(res);
    const april = ledger.filter((x) => x.inApril);
    const byChannel = countBy(april, (x) => x.channel);
    const byKind = countBy(april, (x) => x.kind);
    const byCategory = countBy(april, (x) => x.category);
    const byTier = countBy(april, (x) => x.tierReached);
    const byStatus = countBy(april, (x) => x.statusAtEnd);

    expect(s.period).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(s.received.total).toBe(april.length);
    for (const ch of ['portal', 'phone', 'walk_in', 'email', 'suggestion_box'] as const)
      expect(s.received.byChannel[ch], ch).toBe(byChannel.get(ch) ?? 0);
    for (const k of ['question', 'complaint'] as const)
      expect(s.received.byKind[k], k).toBe(byKind.get(k) ?? 0);
    expect(Object.fromEntries(s.received.byCategory.map((x) => [String(x.code), x.count]))).toEqual(
      Object.fromEntries([...byCategory].map(([k, v]) => [String(k), v])),
    );
    for (const tier of ['helpdesk', 'admin_ppe', 'lkpp'] as const)
      expect(s.received.byTierReached[tier], tier).toBe(byTier.get(tier) ?? 0);
    for (const st of ['new', 'in_progress', 'waiting_reporter', 'resolved', 'closed'] as const)
      expect(s.received.byStatus[st], st).toBe(byStatus.get(st) ?? 0);

    const first = ledger.flatMap((x) => (x.firstResponseInApril === null ? [] : [x.firstResponseInApril]));
    expect(s.firstResponse).toEqual({
      count: first.length,
      medianHours: rankHours(first, 0.5),
      p90Hours: rankHours(first, 0.9),
    });
    const completed = ledger.flatMap((x) =>
      x.completionInApril ? [{ ...x.completionInApril, difficulty: x.difficulty }] : [],
    );
    expect(s.completion).toMatchObject({
      count: completed.length,
      medianHours: rankHours(
        completed.map((x) => x.minutes),
        0.5,
      ),
      p90Hours: rankHours(
        completed.map((x) => x.minutes),
        0.9,
      ),
    });
    for (const d of ['ringan', 'sedang', 'berat', 'all'] as const) {
      const mine = completed.filter((x) => d === 'all' || x.difficulty === d);
      const within = mine.filter((x) => x.withinTarget).length;
      expect(s.completion.withinTarget[d], d).toEqual({
        completed: mine.length,
        withinTarget: within,
        sharePercent: mine.length === 0 ? null : Math.round((within / mine.length) * 1000) / 10,
      });
    }

    for (const to of ESCALATION_TIERS) {
      const escalations = ledger.flatMap((x) => x.escalations.filter((e) => e.to === to));
      const answered = escalations.flatMap((e) => (e.answeredMinutes === null ? [] : [e.answeredMinutes]));
      expect(s.escalations[to], to).toEqual({
        count: escalations.length,
        answered: answered.length,
        medianHours: rankHours(answered, 0.5),
        p90Hours: rankHours(answered, 0.9),
      });
    }

    const complaints = april.filter((x) => x.kind === 'complaint');
    const coordinated = complaints.flatMap((x) =>
      x.coordination?.minutes == null ? [] : [x.coordination.minutes],
    );
    expect(s.complaints).toEqual({
      received: complaints.length,
      coordinated: coordinated.length,
      awaitingCoordination: complaints.length - coordinated.length,
      kepalaInformed: complaints.filter((x) => x.coordination?.kepalaInformed).length,
      coordinationMedianHours: rankHours(coordinated, 0.5),
      coordinationP90Hours: rankHours(coordinated, 0.9),
    });

    // SKM by hand: sums 10,10,9,11,10,10,10 over 3 answers, u8 7 over 2, u9 10 over 3.
    // ΣNRR = 80/3 + 7/2 = 30.1667; IKM 3.3519 → 3.35; × 25/9 = 83.796 → 83.80 → B.
    expect(APRIL_SURVEYS).toHaveLength(3);
    expect(s.skm).toEqual({
      respondents: 3,
      nrr: { u1: 3.33, u2: 3.33, u3: 3, u4: 3.67, u5: 3.33, u6: 3.33, u7: 3.33, u8: 3.5, u9: 3.33 },
      ikm: 3.35,
      ikmConverted: 83.8,
      grade: 'B',
      label: 'Baik',
    });
  });

  it('shows the twelve months ending with April, and May on its own', async () => {
    const res = await kepala.get(`/api/units/${UNIT}/reports/trend?month=2026-04`);
    expect(res.statusCode, res.body).toBe(200);
    const { months } = json<TrendBody>(res);
    expect(months.map((m) => m.month)).toEqual([
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    const april = ledger.filter((x) => x.inApril);
    expect(months[11]).toEqual({
      month: '2026-04',
      received: april.length,
      completed: ledger.filter((x) => x.completionInApril).length,
      escalated: ledger.reduce((n, x) => n + x.escalations.length, 0),
      complaints: april.filter((x) => x.kind === 'complaint').length,
      skmRespondents: 3,
      ikmConverted: 83.8,
      grade: 'B',
    });
    expect(months[10]).toMatchObject({ month: '2026-03', received: 1, completed: 0 });
    expect(months.slice(0, 10).every((m) => m.received === 0)).toBe(true);
    const may = (await kepala.get(`/api/units/${UNIT}/reports/trend?month=2026-05`).then(json<TrendBody>))
      .months[11];
    // T9 (00:30 on 1 May), T7's resolution on 4 May, one response skipping all but U1 (no index).
    expect(may).toEqual({
      month: '2026-05',
      received: 1,
      completed: 1,
      escalated: 0,
      complaints: 0,
      skmRespondents: 1,
      ikmConverted: null,
      grade: null,
    });
  });

  it('exports the month as CSV: a header row, one line per ticket received, UTF-8 with BOM', async () => {
    const res = await kepala.get(`/api/units/${UNIT}/reports/monthly?month=2026-04&format=csv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="tiket-${UNIT}-2026-04.csv"; filename*=UTF-8''tiket-${UNIT}-2026-04.csv`,
    );
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.rawPayload.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'Kode tiket,Diterima,Kanal,Jenis,Tipe,Kategori,Tingkat tertinggi,Status akhir periode,Tingkat kesulitan,Respons pertama,Jam kerja s.d. respons pertama,Selesai,Jam kerja s.d. selesai,Sesuai target,Subjek',
    );
    const april = ledger.filter((x) => x.inApril);
    expect(lines).toHaveLength(april.length + 1);
    const t2 = ledger.find((x) => x.name === 'T2')!;
    expect(lines.find((l) => l.startsWith(t2.code!))).toBe(
      `${t2.code},2026-04-02 08:00,Telepon,Pertanyaan/permasalahan,permasalahan,Password/Login,Helpdesk Eproc LKPP,Selesai (menunggu konfirmasi),Ringan,2026-04-06 08:30,8,2026-04-06 08:30,8,Tidak,Penelepon tidak dapat masuk ke SPSE sejak kemarin.`,
    );
    const t8 = ledger.find((x) => x.name === 'T8')!;
    expect(lines.at(-1)).toMatch(new RegExp(`^${t8.code},2026-04-30 23:30,`));
    expect(lines.some((l) => l.startsWith(ledger.find((x) => x.name === 'T0')!.code!))).toBe(false);
  });

  it('exports the month as Excel: one sheet per table, numbers and dates as such', async () => {
    const res = await kepala.get(`/api/units/${UNIT}/reports/monthly?month=2026-04&format=xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain(`filename="laporan-${UNIT}-2026-04.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Ringkasan',
      'Kanal',
      'Jenis',
      'Kategori',
      'Tingkat',
      'Status',
      'Waktu layanan',
      'Target',
      'Eskalasi',
      'Pengaduan',
      'SKM',
      'Tren 12 bulan',
      'Tiket',
    ]);
    // eachRow skips the empty line under the title: [title, header, …data].
    const rowsOf = (name: string) => {
      const rows: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    expect(rowsOf('Kanal').slice(1)).toEqual([
      ['Kanal', 'Jumlah'],
      ['LPSE Support (portal)', 4],
      ['Telepon', 1],
      ['Datang langsung', 1],
      ['Email', 0],
      ['Kotak saran', 1],
    ]);
    expect(rowsOf('Status').slice(2)).toEqual([
      ['Baru', 2],
      ['Sedang ditangani', 1],
      ['Menunggu tanggapan pelapor', 0],
      ['Selesai (menunggu konfirmasi)', 3],
      ['Ditutup', 1],
    ]);
    expect(rowsOf('Waktu layanan').slice(2)).toEqual([
      ['Respons pertama', 5, 1, 8],
      ['Penyelesaian', 5, 7.5, 16],
    ]);
    expect(rowsOf('Target').slice(2)).toEqual([
      ['Ringan', 4, 2, 0.5],
      ['Sedang', 1, 1, 1],
      ['Berat', 0, 0],
      ['Semua', 5, 3, 0.6],
    ]);
    expect(rowsOf('Eskalasi').slice(2)).toEqual([
      ['Admin PPE', 3, 2, 1, 2],
      ['Helpdesk Eproc LKPP', 1, 1, 5.5, 5.5],
      ['Helpdesk Teknis LKPP', 0, 0],
    ]);
    const summary = wb.getWorksheet('Ringkasan')!;
    expect(summary.getCell('B5').value).toEqual(new Date('2026-04-01T00:00:00Z'));
    expect(summary.getCell('B5').numFmt).toBe('dd/mm/yyyy');
    expect(summary.getCell('B8').value).toBe(7);
    const trend = rowsOf('Tren 12 bulan');
    expect(trend.at(-1)).toEqual([new Date('2026-04-01T00:00:00Z'), 7, 5, 4, 2, 3, 83.8, 'B']);
    const tickets = rowsOf('Tiket').slice(2);
    expect(tickets).toHaveLength(7);
    const t2 = tickets.find((r) => r[0] === ledger.find((x) => x.name === 'T2')!.code)!;
    // Wall-clock time of the unit: 08:00 WIB is written as 08:00.
    expect(t2.slice(1, 3)).toEqual([new Date('2026-04-02T08:00:00Z'), 'Telepon']);
    expect(t2.slice(9, 14)).toEqual([
      new Date('2026-04-06T08:30:00Z'),
      8,
      new Date('2026-04-06T08:30:00Z'),
      8,
      'Tidak',
    ]);
    // Each column keeps its own number format (cells of a format share one style when written).
    const ticketSheet = wb.getWorksheet('Tiket')!;
    expect([2, 10, 11, 12, 13].map((col) => ticketSheet.getRow(4).getCell(col).numFmt)).toEqual([
      'dd/mm/yyyy hh:mm',
      'dd/mm/yyyy hh:mm',
      '#,##0.00',
      'dd/mm/yyyy hh:mm',
      '#,##0.00',
    ]);
    expect(ticketSheet.getRow(4).getCell(1).numFmt).toBeUndefined();
    const targetSheet = wb.getWorksheet('Target')!;
    expect([1, 2, 4].map((col) => targetSheet.getRow(4).getCell(col).numFmt)).toEqual([
      undefined,
      '#,##0',
      '0.0%',
    ]);
  });

  it.each([
    ['2026-04', '2026-04-30'],
    // May: a ticket received in April and completed in May, which the workbook's own rows do not hold.
    ['2026-05', '2026-05-31'],
    // A month with no ticket at all.
    ['2026-02', '2026-02-28'],
  ])("states in the workbook's tables the dashboard's figures of %s", async (month, lastDay) => {
    // The workbook counts its figures from the ticket rows it has read (state at the month's
    // end, histories); the dashboard reads them with its own SQL. Both must say the same.
    const s = await kepala
      .get(`/api/units/${UNIT}/reports/summary?from=${month}-01&to=${lastDay}`)
      .then(json<SummaryBody>);
    const res = await kepala.get(`/api/units/${UNIT}/reports/monthly?month=${month}&format=xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const column = (name: string, col: number) => {
      const values: unknown[] = [];
      wb.getWorksheet(name)!.eachRow((row, n) => {
        if (n > 3) values.push(row.getCell(col).value ?? null);
      });
      return values;
    };
    const difficulties = ['ringan', 'sedang', 'berat', 'all'] as const;
    expect(column('Tingkat', 2)).toEqual(TIERS.map((tier) => s.received.byTierReached[tier]));
    expect(column('Status', 2)).toEqual(
      (['new', 'in_progress', 'waiting_reporter', 'resolved', 'closed'] as const).map(
        (st) => s.received.byStatus[st],
      ),
    );
    expect(column('Target', 2)).toEqual(difficulties.map((d) => s.completion.withinTarget[d].completed));
    expect(column('Target', 3)).toEqual(difficulties.map((d) => s.completion.withinTarget[d].withinTarget));
    expect(column('Eskalasi', 3)).toEqual(ESCALATION_TIERS.map((tier) => s.escalations[tier].answered));
    expect(column('Eskalasi', 4)).toEqual(ESCALATION_TIERS.map((tier) => s.escalations[tier].medianHours));
    expect(column('Waktu layanan', 3)).toEqual([s.firstResponse.medianHours, s.completion.medianHours]);
    expect(column('Tiket', 1)).toHaveLength(s.received.total);
    // The months are not all alike: each check compares something.
    if (month === '2026-04') {
      expect(new Set(column('Status', 2)).size).toBeGreaterThan(2);
      expect(s.received.byTierReached.lkpp).toBeGreaterThan(0);
    }
    if (month === '2026-05') expect(s.completion.withinTarget.all.completed).toBeGreaterThan(0);
    if (month === '2026-02') expect(s.received.total).toBe(0);
  });

  it.skipIf(!HAS_PDFTOTEXT)(
    'exports the month as PDF: the letterhead, the tables, a chart and page numbers',
    async () => {
      const res = await kepala.get(`/api/units/${UNIT}/reports/monthly?month=2026-04&format=pdf`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain(`filename="laporan-${UNIT}-2026-04.pdf"`);
      const text = pdfText(res.rawPayload);
      for (const line of [
        'PEMERINTAH KOTA PAYAKUMBUH / SEKRETARIAT DAERAH',
        'LPSE KOTA PAYAKUMBUH',
        'Jalan. Veteran No.70 Kelurahan Kapalo Koto Dibalai 26211',
        'Telp. 07592601',
        'setdakopayakumbuhkota.go.id',
        'LAPORAN BULANAN LAYANAN HELPDESK',
        'Periode 1 April 2026 s.d. 30 April 2026',
      ]) {
        expect(text).toContain(line);
      }
      expect(text).toMatch(/Telepon\s+1\n/);
      expect(text).toMatch(/Penyelesaian\s+5\s+7,50\s+16,00/);
      expect(text).toMatch(/Ringan\s+4\s+2\s+50,0 %/);
      expect(text).toMatch(/Helpdesk Eproc LKPP\s+1\s+1\s+5,50\s+5,50/);
      expect(text).toMatch(/Nilai konversi\s+83,80/);
      const pages = Number(/Halaman 1 dari (\d+)/.exec(text)?.[1]);
      expect(pages).toBeGreaterThan(1);
      expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    },
  );

  it('exports the SKM report as Excel and PDF in the published layout', async () => {
    const xlsx = await kepala.get(`/api/units/${UNIT}/skm/report?from=2026-04-01&to=2026-04-30&format=xlsx`);
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(
      `filename="skm-${UNIT}-2026-04-01-sd-2026-04-30.xlsx"`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Indeks',
      'Profil responden',
      'Mutu pelayanan',
      'Saran',
    ]);
    const index = wb.getWorksheet('Indeks')!;
    expect((index.getRow(4).values as unknown[]).slice(1)).toEqual([
      1,
      'U1',
      'Persyaratan',
      10,
      3,
      3.33,
      0.37,
    ]);
    expect((index.getRow(11).values as unknown[]).slice(1)).toEqual([
      8,
      'U8',
      'Sarana dan Prasarana',
      7,
      2,
      3.5,
      0.389,
    ]);
    expect(index.getCell('G13').value).toBe(3.35);
    expect(index.getCell('G14').value).toBe(83.8);
    expect(index.getCell('G15').value).toBe('B');
    expect(index.getCell('G16').value).toBe('Baik');
    expect(index.getCell('G17').value).toBe(3);
    const profile: unknown[][] = [];
    wb.getWorksheet('Profil responden')!.eachRow((row) => profile.push((row.values as unknown[]).slice(1)));
    expect(profile).toContainEqual(['Jenis kelamin', 'Laki-laki', 2, 2 / 3]);
    expect(profile).toContainEqual(['Jenis kelamin', 'Perempuan', 1, 1 / 3]);
    expect(profile).toContainEqual(['Umur', '31–40 tahun', 1, 1 / 3]);
    expect(profile).toContainEqual(['Umur', 'Tidak diisi', 2, 2 / 3]);
    expect((wb.getWorksheet('Saran')!.getRow(4).values as unknown[]).slice(1)).toEqual(['Cepat ditangani.']);
    if (!HAS_PDFTOTEXT) return;
    const pdf = await kepala.get(`/api/units/${UNIT}/skm/report?from=2026-04-01&to=2026-04-30&format=pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT');
    expect(text).toContain('3 responden');
    expect(text).toMatch(/U8\s+Sarana dan Prasarana\s+7\s+2\s+3,50\s+0,389/);
    expect(text).toMatch(/Nilai konversi \(IKM × 25\)\s+83,80/);
    expect(text).toMatch(/Mutu pelayanan\s+B/);
    expect(text).toMatch(/Kinerja unit pelayanan\s+Baik/);
    expect(text).toMatch(/A\s+88,31 – 100,00\s+Sangat Baik/);
    expect(text).toMatch(/Laki-laki\s+2\s+66,7 %/);
    expect(text).toContain('Cepat ditangani.');
    expect(text).toContain('Halaman 1 dari');
  });
});
