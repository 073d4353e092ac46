import type { NotificationType } from '../../domain/tickets/notifications.js';
import type { Kind, Tier } from '../../domain/tickets/vocabulary.js';
import type { MailContent } from './mail-layout.js';
import {
  channelName,
  formatInstant,
  formatMinutes,
  kindName,
  say,
  tierName,
  type MailLang,
} from './mail-words.js';

/** The staff mails, one per switch a person can turn off: each the mail of a notification. */
export const STAFF_MAIL_EVENTS = [
  'ticket_new',
  'ticket_escalated',
  'complaint_awaiting_kepala',
  'sla_at_risk',
  'sla_breached',
] as const satisfies readonly NotificationType[];
export type StaffMailEvent = (typeof STAFF_MAIL_EVENTS)[number];

export type StaffMailFacts = Readonly<{
  lang: MailLang;
  code: string;
  /** Null for a confidential ticket: its subject stays in the application. */
  subject: string | null;
  kind: Kind;
  channel: string;
  tier: Tier;
  unitName: string;
  timeZone: string;
  dueAt: string | null;
  ticketUrl: string;
  settingsUrl: string;
  sla?: Readonly<{ usedMinutes: number; targetMinutes: number }>;
}>;

/**
 * A notice to staff. It names the ticket, never the reporter or the description: personal
 * data stays in the application (UU 27/2022), the link leads there.
 */
export function staffMail(event: StaffMailEvent, f: StaffMailFacts): MailContent {
  const l = f.lang;
  const subjectText = f.subject ?? say(l, '(rahasia)', '(confidential)');
  const lead: Record<StaffMailEvent, [string, string, string]> = {
    ticket_new: [
      say(l, 'Tiket baru', 'New ticket'),
      `Tiket baru masuk ke antrean ${tierName(f.tier)} ${f.unitName}.`,
      `A new ticket is in the ${tierName(f.tier)} queue of ${f.unitName}.`,
    ],
    ticket_escalated: [
      say(l, `Eskalasi ke ${tierName(f.tier)}`, `Escalated to ${tierName(f.tier)}`),
      `Tiket ${f.code} dieskalasi ke ${tierName(f.tier)} dan menunggu tanggapan.`,
      `Ticket ${f.code} was escalated to ${tierName(f.tier)} and awaits an answer.`,
    ],
    complaint_awaiting_kepala: [
      say(l, 'Pengaduan menunggu koordinasi', 'Complaint awaiting coordination'),
      'Pengaduan tentang layanan masuk dan perlu dikoordinasikan dengan Kepala LPSE.',
      'A complaint about the service came in and needs the coordination of the Kepala LPSE.',
    ],
    sla_at_risk: [
      say(l, 'Mendekati batas waktu', 'Close to its deadline'),
      `Tiket ${f.code} mendekati batas waktu penyelesaian.`,
      `Ticket ${f.code} is close to its completion deadline.`,
    ],
    sla_breached: [
      say(l, 'Melewati batas waktu', 'Past its deadline'),
      `Tiket ${f.code} melewati batas waktu penyelesaian.`,
      `Ticket ${f.code} is past its completion deadline.`,
    ],
  };
  const [title, leadId, leadEn] = lead[event];
  const rows: Array<readonly [string, string]> = [
    [say(l, 'Nomor tiket', 'Ticket number'), f.code],
    [say(l, 'Jenis', 'Kind'), kindName(f.kind, l)],
    [say(l, 'Kanal', 'Channel'), channelName(f.channel, l)],
    [say(l, 'Tingkat', 'Tier'), tierName(f.tier)],
    [say(l, 'Perihal', 'Subject'), subjectText],
    ...(f.dueAt
      ? [[say(l, 'Target penyelesaian', 'Due'), formatInstant(f.dueAt, f.timeZone, l)] as const]
      : []),
    ...(f.sla
      ? [
          [
            say(l, 'Waktu kerja terpakai', 'Working time used'),
            `${formatMinutes(f.sla.usedMinutes, l)} / ${formatMinutes(f.sla.targetMinutes, l)}`,
          ] as const,
        ]
      : []),
  ];
  return {
    subject: `[${f.code}] ${title}: ${subjectText}`,
    blocks: [
      { kind: 'p', text: say(l, leadId, leadEn) },
      { kind: 'facts', rows },
      { kind: 'link', label: say(l, 'Buka tiket', 'Open the ticket'), url: f.ticketUrl },
      {
        kind: 'small',
        text: say(
          l,
          `Pemberitahuan surel dapat diatur di ${f.settingsUrl}.`,
          `Email notifications can be changed at ${f.settingsUrl}.`,
        ),
      },
    ],
  };
}
