import type { ErrorCode } from '../../domain/errors.js';
import type { Lang } from './language.js';

type Entry = Readonly<{ status: number; id: string; en: string }>;

/** Every error code's HTTP status and message, in one place. `{name}` is filled from params. */
export const PROBLEMS: Readonly<Record<ErrorCode, Entry>> = {
  validation_failed: { status: 400, id: 'Data yang dikirim tidak valid.', en: 'The data sent is not valid.' },
  malformed_json: {
    status: 400,
    id: 'Isi permintaan bukan JSON yang valid.',
    en: 'The request body is not valid JSON.',
  },
  unsupported_media_type: {
    status: 415,
    id: 'Jenis isi permintaan tidak didukung.',
    en: 'The request content type is not supported.',
  },
  payload_too_large: {
    status: 413,
    id: 'Isi permintaan terlalu besar.',
    en: 'The request body is too large.',
  },
  not_found: { status: 404, id: 'Data tidak ditemukan.', en: 'Not found.' },
  route_not_found: {
    status: 404,
    id: 'Alamat {method} {path} tidak ada.',
    en: 'There is no {method} {path}.',
  },
  unit_not_found: {
    status: 404,
    id: 'Unit "{unitCode}" tidak ditemukan.',
    en: 'Unit "{unitCode}" was not found.',
  },
  standard_not_published: {
    status: 404,
    id: 'Unit "{unitCode}" belum menerbitkan standar pelayanan.',
    en: 'Unit "{unitCode}" has not published a service standard.',
  },
  holiday_not_found: {
    status: 404,
    id: 'Unit "{unitCode}" tidak memiliki hari libur pada {date}.',
    en: 'Unit "{unitCode}" has no holiday on {date}.',
  },
  no_working_time: {
    status: 409,
    id: 'Kalender kerja unit "{unitCode}" tidak memiliki jam kerja dalam tiga tahun setelah {from}. Periksa jam kerja, pengaturan khusus dan hari libur.',
    en: 'The working calendar of unit "{unitCode}" has no working time within three years after {from}. Check the hours, overrides and holidays.',
  },
  user_not_found: { status: 404, id: 'Akun tidak ditemukan.', en: 'Account not found.' },
  unauthenticated: { status: 401, id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  forbidden: {
    status: 403,
    id: 'Anda tidak berwenang melakukan tindakan ini.',
    en: 'You are not allowed to do this.',
  },
  cross_site_request: {
    status: 403,
    id: 'Permintaan dari situs lain ditolak.',
    en: 'Requests from another site are refused.',
  },
  invalid_credentials: { status: 401, id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' },
  too_many_attempts: {
    status: 429,
    id: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.',
    en: 'Too many failed sign-in attempts. Try again in {minutes} minutes.',
  },
  rate_limited: {
    status: 429,
    id: 'Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.',
    en: 'Too many requests. Try again in {seconds} seconds.',
  },
  account_inactive: {
    status: 403,
    id: 'Akun ini telah dinonaktifkan. Hubungi administrator.',
    en: 'This account has been deactivated. Contact the administrator.',
  },
  email_taken: { status: 409, id: 'Email ini sudah terdaftar.', en: 'This email is already registered.' },
  role_not_allowed_on_unit: {
    status: 400,
    id: 'Peran {role} tidak dapat diberikan pada unit {unitCode}.',
    en: 'Role {role} cannot be granted on unit {unitCode}.',
  },
  last_admin: {
    status: 409,
    id: 'Administrator terakhir tidak dapat dinonaktifkan atau dicabut perannya.',
    en: 'The last administrator cannot be deactivated or lose the role.',
  },
  not_admin_ppe: {
    status: 403,
    id: 'Hanya Admin PPE yang mengatur status ketersediaan.',
    en: 'Only an Admin PPE sets availability.',
  },
  ticket_not_found: { status: 404, id: 'Tiket {code} tidak ditemukan.', en: 'Ticket {code} was not found.' },
  category_not_found: {
    status: 400,
    id: 'Kategori "{categoryCode}" tidak ada di unit ini.',
    en: 'Category "{categoryCode}" does not exist in this unit.',
  },
  version_conflict: {
    status: 409,
    id: 'Tiket telah diubah orang lain (versi {current}, Anda mengirim versi {sent}). Muat ulang lalu coba lagi; tidak ada yang hilang.',
    en: 'Someone else changed the ticket (version {current}, you sent {sent}). Reload and try again; nothing was lost.',
  },
  transition_not_allowed: {
    status: 409,
    id: 'Tindakan "{action}" tidak dapat dilakukan pada tiket berstatus "{status}".',
    en: 'Action "{action}" is not possible on a ticket with status "{status}".',
  },
  escalation_must_go_up_one_tier: {
    status: 409,
    id: 'Eskalasi dari {from} hanya dapat ke tingkat berikutnya ({next}), bukan ke {to}.',
    en: 'Escalation from {from} can only go to the next tier ({next}), not to {to}.',
  },
  admin_ppe_unreachable: {
    status: 409,
    id: 'Tidak ada Admin PPE yang dapat dihubungi saat ini. Sesuai standar pelayanan, minta penelepon mengajukan pertanyaannya melalui LPSE Support (gunakan "Alihkan ke portal").',
    en: 'No Admin PPE can be reached now. As the service standard says, ask the caller to submit the question through LPSE Support (use "Redirect to portal").',
  },
  admin_ppe_available: {
    status: 409,
    id: 'Ada Admin PPE yang dapat dihubungi; eskalasikan tiket kepadanya.',
    en: 'An Admin PPE can be reached; escalate the ticket to them.',
  },
  redirect_only_phone_at_helpdesk: {
    status: 409,
    id: 'Pengalihan ke portal hanya untuk tiket telepon yang masih di Helpdesk.',
    en: 'Only a phone ticket still at the helpdesk can be redirected to the portal.',
  },
  cannot_return_from_helpdesk: {
    status: 409,
    id: 'Tiket sudah di tingkat Helpdesk; tidak ada tingkat di bawahnya.',
    en: 'The ticket is already at the helpdesk; there is no tier below.',
  },
  claim_not_open: {
    status: 409,
    id: 'Tiket ini tidak menunggu untuk diklaim.',
    en: 'This ticket is not waiting to be claimed.',
  },
  claim_token_invalid: {
    status: 403,
    id: 'Tautan klaim tidak valid atau sudah dipakai.',
    en: 'The claim link is invalid or already used.',
  },
  awaiting_claim: {
    status: 409,
    id: 'Tiket menunggu pelapor mengklaimnya melalui portal.',
    en: 'The ticket is waiting for the reporter to claim it through the portal.',
  },
  coordination_required: {
    status: 409,
    id: 'Pengaduan belum dapat ditutup: Kepala LPSE belum mencatat koordinasi.',
    en: 'The complaint cannot be closed yet: the Kepala LPSE has not recorded coordination.',
  },
  not_a_complaint: {
    status: 409,
    id: 'Koordinasi Kepala LPSE hanya untuk pengaduan tentang layanan.',
    en: 'Kepala LPSE coordination applies only to complaints about the service.',
  },
  lkpp_reference_external_only: {
    status: 409,
    id: 'Nomor tiket LKPP dicatat hanya bila tiket ada di LKPP-RI dalam mode eksternal.',
    en: 'An LKPP reference is recorded only when the ticket is at LKPP-RI in external mode.',
  },
  no_extension_pending: {
    status: 409,
    id: 'Tidak ada permintaan perpanjangan waktu yang menunggu keputusan.',
    en: 'There is no extension request awaiting a decision.',
  },
  attachment_too_large: {
    status: 413,
    id: 'Lampiran "{filename}" melebihi batas {maxMb} MB.',
    en: 'Attachment "{filename}" exceeds the {maxMb} MB limit.',
  },
  attachment_type_refused: {
    status: 415,
    id: 'Jenis berkas "{filename}" tidak diterima. Yang diterima: {allowed}.',
    en: 'File type of "{filename}" is not accepted. Accepted: {allowed}.',
  },
  attachment_unavailable: {
    status: 503,
    id: 'Berkas lampiran ini tidak ditemukan di penyimpanan server. Mohon beri tahu administrator unit.',
    en: "This attachment's file is missing from the server's storage. Please tell the unit administrator.",
  },
  too_many_attachments: {
    status: 400,
    id: 'Paling banyak {max} lampiran per pesan.',
    en: 'At most {max} attachments per message.',
  },
  survey_not_open: {
    status: 409,
    id: 'Survei kepuasan untuk tiket {code} dapat diisi setelah tiket diselesaikan.',
    en: 'The satisfaction survey for ticket {code} opens once the ticket is resolved.',
  },
  survey_already_answered: {
    status: 409,
    id: 'Survei kepuasan untuk tiket {code} sudah diisi. Terima kasih.',
    en: 'The satisfaction survey for ticket {code} has already been answered. Thank you.',
  },
  password_reset_invalid: {
    status: 400,
    id: 'Tautan atur ulang kata sandi tidak valid, sudah dipakai, atau kedaluwarsa.',
    en: 'The password reset link is invalid, already used or expired.',
  },
  held_mail_not_releasable: {
    status: 409,
    id: 'Surel yang ditahan ini tidak dapat diproses ({reason}).',
    en: 'This held mail cannot be imported ({reason}).',
  },
  internal: {
    status: 500,
    id: 'Terjadi kesalahan pada server. Silakan coba lagi.',
    en: 'Something went wrong on the server. Please try again.',
  },
};

export function problemMessage(
  code: ErrorCode,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = PROBLEMS[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function problemTitle(code: ErrorCode): string {
  return code.replace(/_/g, ' ');
}
