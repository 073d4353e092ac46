import type { Action, NewTicket, TicketStatus, TicketType, Tier } from '../../api';

/*
 * What the reporter's screens list and ask of a ticket. The labels people read are in i18n
 * (`portal.ticket.*`).
 */

/** Who holds the ticket: helpdesk → Admin PPE → LKPP-RI ("Cek posisi"). */
export const TIERS: readonly Tier[] = ['helpdesk', 'admin_ppe', 'lkpp'];
export const TICKET_TYPES: readonly TicketType[] = ['permasalahan', 'usulan', 'permintaan_layanan'];
/** The applications of the LPSE Support form. */
export const APPLICATIONS = [
  'SPSE',
  'SIKaP',
  'e-Katalog',
  'Toko Daring',
  'SiRUP',
  'Lainnya',
] as const satisfies readonly NonNullable<NewTicket['application']>[];
export type Application = (typeof APPLICATIONS)[number];

/** What a reporter may do, from the ticket's `allowedActions` (the lifecycle table decides). */
export type ReporterAction = Extract<Action, 'reporter_answer' | 'confirm' | 'reject_resolution' | 'attach'>;

export const isOpenStatus = (status: TicketStatus): boolean =>
  status === 'new' || status === 'in_progress' || status === 'waiting_reporter';

/** A resolved or closed ticket may be rated (Survei Kepuasan Masyarakat). */
export const canBeRated = (status: TicketStatus): boolean => status === 'resolved' || status === 'closed';
