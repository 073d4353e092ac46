import type { Kind } from '../../domain/tickets/vocabulary.js';
import type { MailBlock, MailContent } from './mail-layout.js';
import { formatInstant, kindName, say, type MailLang } from './mail-words.js';

/** What every mail to a reporter about a ticket knows. */
export type ReporterMailFacts = Readonly<{
  lang: MailLang;
  code: string;
  subject: string;
  kind: Kind;
  unitName: string;
  timeZone: string;
  reporterName: string | null;
  createdAt: string;
  dueAt: string | null;
  /** `${publicUrl}/tiket/CODE` for account holders, `${publicUrl}/lacak?kode=CODE` for the rest. */
  ticketUrl: string;
  /** The ticket's satisfaction survey (asks for the PIN where the reporter has no account). */
  surveyUrl: string;
  hasAccount: boolean;
}>;

const greeting = (f: ReporterMailFacts): MailBlock => ({
  kind: 'p',
  text: f.reporterName
    ? say(f.lang, `Yth. ${f.reporterName},`, `Dear ${f.reporterName},`)
    : say(f.lang, 'Yth. Bapak/Ibu,', 'Dear Sir or Madam,'),
});
const replyHint = (f: ReporterMailFacts): MailBlock => ({
  kind: 'p',
  text: say(
    f.lang,
    'Untuk menambahkan keterangan atau lampiran, balas surel ini tanpa mengubah nomor tiket pada subjek.',
    'To add information or attachments, reply to this email without changing the ticket number in the subject.',
  ),
});
const footer = (f: ReporterMailFacts): MailBlock => ({
  kind: 'small',
  text: say(
    f.lang,
    `Surel ini dikirim otomatis oleh ${f.unitName}. Layanan ini tidak dipungut biaya.`,
    `This email was sent automatically by ${f.unitName}. The service is free of charge.`,
  ),
});
const trackLink = (f: ReporterMailFacts): MailBlock => ({
  kind: 'link',
  label: f.hasAccount
    ? say(f.lang, 'Lihat tiket', 'View the ticket')
    : say(f.lang, 'Lacak tiket', 'Track the ticket'),
  url: f.ticketUrl,
});

/** The acknowledgement: ticket code, where to follow it and, without an account, the PIN. */
export function acknowledgementMail(f: ReporterMailFacts, pin: string | null): MailContent {
  const facts: Array<readonly [string, string]> = [
    [say(f.lang, 'Nomor tiket', 'Ticket number'), f.code],
    [say(f.lang, 'Perihal', 'Subject'), f.subject],
    [say(f.lang, 'Diterima', 'Received'), formatInstant(f.createdAt, f.timeZone, f.lang)],
    ...(f.dueAt
      ? [
          [
            say(f.lang, 'Target penyelesaian', 'Target completion'),
            formatInstant(f.dueAt, f.timeZone, f.lang),
          ] as const,
        ]
      : []),
  ];
  return {
    subject: `[${f.code}] ${say(f.lang, 'Tiket diterima', 'Ticket received')}: ${f.subject}`,
    blocks: [
      greeting(f),
      {
        kind: 'p',
        text: say(
          f.lang,
          `Terima kasih. ${capitalise(kindName(f.kind, f.lang))} Anda telah kami terima dengan nomor tiket ${f.code}.`,
          `Thank you. We have received your ${kindName(f.kind, f.lang)} as ticket ${f.code}.`,
        ),
      },
      { kind: 'facts', rows: facts },
      ...(pin
        ? [
            { kind: 'secret', label: say(f.lang, 'PIN pelacakan', 'Tracking PIN'), value: pin } as const,
            {
              kind: 'p',
              text: say(
                f.lang,
                'Simpan nomor tiket dan PIN ini: keduanya diperlukan untuk melihat perkembangan tiket. PIN tidak dapat kami tampilkan lagi.',
                'Keep the ticket number and this PIN: you need both to follow the ticket. We cannot show the PIN again.',
              ),
            } as const,
          ]
        : [
            {
              kind: 'p',
              text: say(
                f.lang,
                'Masuk dengan akun Anda untuk melihat perkembangan tiket.',
                'Sign in with your account to follow the ticket.',
              ),
            } as const,
          ]),
      trackLink(f),
      replyHint(f),
      footer(f),
    ],
  };
}

/** A public reply from staff. */
export function replyMail(f: ReporterMailFacts, body: string): MailContent {
  return {
    subject: `[${f.code}] ${say(f.lang, 'Tanggapan', 'Reply')}: ${f.subject}`,
    blocks: [
      greeting(f),
      {
        kind: 'p',
        text: say(
          f.lang,
          `Petugas ${f.unitName} menanggapi tiket ${f.code}:`,
          `${f.unitName} replied to ticket ${f.code}:`,
        ),
      },
      { kind: 'quote', text: body },
      trackLink(f),
      replyHint(f),
      footer(f),
    ],
  };
}

/** Staff need more data; the completion clock waits for the answer. */
export function infoRequestMail(f: ReporterMailFacts, question: string): MailContent {
  return {
    subject: `[${f.code}] ${say(f.lang, 'Mohon data tambahan', 'More information needed')}: ${f.subject}`,
    blocks: [
      greeting(f),
      {
        kind: 'p',
        text: say(
          f.lang,
          `Untuk menindaklanjuti tiket ${f.code}, petugas memerlukan keterangan berikut:`,
          `To handle ticket ${f.code}, we need the following from you:`,
        ),
      },
      { kind: 'quote', text: question },
      {
        kind: 'p',
        text: say(
          f.lang,
          'Balas surel ini dengan keterangan yang diminta; lampiran dapat disertakan. Waktu penyelesaian dihentikan sementara sampai jawaban Anda kami terima.',
          'Reply to this email with the information asked for; you may attach files. The completion time is paused until we receive your answer.',
        ),
      },
      trackLink(f),
      footer(f),
    ],
  };
}

/** The answer, with the links to confirm it solved the problem or to say it did not. */
export function resolutionMail(
  f: ReporterMailFacts,
  answer: string,
  autoCloseWorkingDays: number,
): MailContent {
  const withAction = (action: string) =>
    `${f.ticketUrl}${f.ticketUrl.includes('?') ? '&' : '?'}aksi=${action}`;
  return {
    subject: `[${f.code}] ${say(f.lang, 'Tiket diselesaikan', 'Ticket resolved')}: ${f.subject}`,
    blocks: [
      greeting(f),
      {
        kind: 'p',
        text: say(
          f.lang,
          `Tiket ${f.code} telah diselesaikan dengan jawaban berikut:`,
          `Ticket ${f.code} has been resolved with this answer:`,
        ),
      },
      { kind: 'quote', text: answer },
      {
        kind: 'p',
        text: say(
          f.lang,
          'Mohon beri tahu kami apakah masalah Anda sudah selesai:',
          'Please tell us whether this solved your problem:',
        ),
      },
      {
        kind: 'link',
        label: say(f.lang, 'Ya, sudah selesai', 'Yes, it is solved'),
        url: withAction('selesai'),
      },
      {
        kind: 'link',
        label: say(f.lang, 'Belum selesai', 'No, it is not solved'),
        url: withAction('belum-selesai'),
      },
      ...(f.hasAccount
        ? []
        : [
            {
              kind: 'p',
              text: say(
                f.lang,
                'Masukkan PIN yang kami kirimkan bersama tanda terima tiket.',
                'Enter the PIN we sent with the ticket acknowledgement.',
              ),
            } as const,
          ]),
      {
        kind: 'p',
        text: say(
          f.lang,
          'Bantu kami memperbaiki layanan: isi Survei Kepuasan Masyarakat (sembilan pertanyaan singkat, tanpa nama).',
          'Help us improve the service: answer the community satisfaction survey (nine short questions, anonymous).',
        ),
      },
      {
        kind: 'link',
        label: say(f.lang, 'Isi survei kepuasan', 'Answer the satisfaction survey'),
        url: f.surveyUrl,
      },
      {
        kind: 'small',
        text: say(
          f.lang,
          `Bila tidak ada konfirmasi dalam ${autoCloseWorkingDays} hari kerja, tiket ditutup otomatis.`,
          `Without a confirmation within ${autoCloseWorkingDays} working days, the ticket closes by itself.`,
        ),
      },
      footer(f),
    ],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
