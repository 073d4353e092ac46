/** Where the console's screens live (all under /konsol, loaded only when a staff member opens them). */
export const consolePaths = {
  queue: '/konsol',
  awaitingKepala: '/konsol/koordinasi',
  phone: '/konsol/catat/telepon',
  walkIn: '/konsol/catat/kunjungan',
  suggestionBox: '/konsol/catat/kotak-saran',
  notifications: '/konsol/notifikasi',
  heldMail: '/konsol/surel-tertahan',
  admin: '/konsol/admin',
  /** The Kepala LPSE's reports live outside the console's routes, at /laporan. */
  reports: '/laporan',
} as const;

export function ticketPath(code: string): string {
  return `/konsol/tiket/${encodeURIComponent(code)}`;
}
