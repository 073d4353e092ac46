import type { Difficulty } from '../../../../domain/sla/index.js';
import type { Channel, Kind, Status, Tier } from '../../../../domain/tickets/vocabulary.js';

/**
 * The words of the files a government office files: Bahasa Indonesia, as the web app says them
 * (labels.test.ts holds the status words to web/src/i18n/id.json). A new value fails to compile
 * until it has a label.
 */
export const CHANNEL_LABELS = {
  portal: 'LPSE Support (portal)',
  phone: 'Telepon',
  walk_in: 'Datang langsung',
  email: 'Email',
  suggestion_box: 'Kotak saran',
} as const satisfies Record<Channel, string>;

export const KIND_LABELS = {
  question: 'Pertanyaan/permasalahan',
  complaint: 'Pengaduan/saran/masukan',
} as const satisfies Record<Kind, string>;

export const TIER_LABELS: Record<Tier, string> = {
  helpdesk: 'Helpdesk',
  admin_ppe: 'Admin PPE',
  lkpp: 'Helpdesk Eproc LKPP',
  lkpp_teknis: 'Helpdesk Teknis LKPP',
};

export const STATUS_LABELS = {
  new: 'Baru',
  in_progress: 'Sedang ditangani',
  waiting_reporter: 'Menunggu tanggapan pelapor',
  resolved: 'Selesai (menunggu konfirmasi)',
  closed: 'Ditutup',
} as const satisfies Record<Status, string>;

export const DIFFICULTY_LABELS = {
  ringan: 'Ringan',
  sedang: 'Sedang',
  berat: 'Berat',
} as const satisfies Record<Difficulty, string>;

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** "2026-03" → "Maret 2026". */
export function monthName(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** "2026-03-05" → "5 Maret 2026". */
export function dateName(date: string): string {
  const [year, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${year}`;
}

/** A number the Indonesian way: 1.234,5 (for PDF text; Excel cells keep real numbers). */
export function idNumber(value: number | null, decimals = 0): string {
  if (value === null) return '-';
  return new Intl.NumberFormat('id-ID', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}
