/*
 * A ticket as its reporter sees it, in the API's words (src/domain/tickets/vocabulary.ts).
 * The labels people read are in i18n (`portal.ticket.*`).
 */

export type TicketStatus = 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
/** Who holds the ticket: helpdesk → Admin PPE → Helpdesk Eproc LKPP → Helpdesk Teknis LKPP ("Cek posisi"). */
export type Tier = 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
export type SlaState = 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
export type TicketType = 'permasalahan' | 'usulan' | 'permintaan_layanan';
export type TicketKind = 'question' | 'complaint';
export type Channel = 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';

export const TIERS: readonly Tier[] = ['helpdesk', 'admin_ppe', 'lkpp', 'lkpp_teknis'];
export const TICKET_TYPES: readonly TicketType[] = ['permasalahan', 'usulan', 'permintaan_layanan'];
/** The applications of the LPSE Support form. */
export const APPLICATIONS = ['SPSE', 'SIKaP', 'e-Katalog', 'Toko Daring', 'SiRUP', 'Lainnya'] as const;
export type Application = (typeof APPLICATIONS)[number];

/** What a reporter may do, from the ticket's `allowedActions` (the lifecycle table decides). */
export type ReporterAction = 'reporter_answer' | 'confirm' | 'reject_resolution' | 'attach';

/** One message of the public conversation, from the staff or from the reporter. */
export type ConversationEntry = {
  key: string;
  from: 'staff' | 'reporter';
  /** `reply`, `info_request`, `resolution`, `reporter_answer`, `confirmation`, `not_solved`… */
  purpose: string;
  body: string;
  createdAt: string;
  authorName?: string | null;
};

/** `GET /api/track/{code}?pin=`: what anyone holding the code and PIN may see. */
export type TrackedTicket = {
  code: string;
  unitCode: string;
  kind: TicketKind;
  channel: Channel;
  status: TicketStatus;
  tier: Tier;
  subject: string;
  createdAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  dueAt: string;
  slaState: SlaState;
  replies: { from: 'staff' | 'reporter'; purpose: string; body: string; createdAt: string }[];
  /** Once resolved: the satisfaction survey and whether it has been answered. */
  survey?: { url: string; answered: boolean } | null;
  /** What the holder of the code and PIN may do now (the lifecycle decides). */
  allowedActions: string[];
};

export type Attachment = {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  visibility: 'public' | 'internal';
  createdAt: string;
};

/** The ticket as `GET /api/tickets/{code}` returns it (fields the portal uses). */
export type Ticket = {
  code: string;
  unitCode: string;
  kind: TicketKind;
  type: TicketType;
  channel: Channel;
  tier: Tier;
  status: TicketStatus;
  categoryCode: string | null;
  subject: string;
  description: string;
  application: string | null;
  errorCode: string | null;
  tenderCode: string | null;
  createdAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  version: number;
  allowedActions: string[];
  sla: { state: SlaState; clock: 'running' | 'paused' | 'stopped'; dueAt: string };
};

export type Message = {
  id: string;
  authorName: string | null;
  authorParty: string;
  visibility: 'public' | 'internal';
  purpose: string;
  body: string;
  createdAt: string;
};

export type TicketDetail = { ticket: Ticket; messages: Message[]; attachments: Attachment[] };
export type TicketResponse = { ticket: Ticket };
/** A ticket as `GET /api/tickets` lists it: no description or actions. */
export type TicketListItem = Pick<
  Ticket,
  | 'code'
  | 'unitCode'
  | 'kind'
  | 'type'
  | 'channel'
  | 'tier'
  | 'status'
  | 'categoryCode'
  | 'subject'
  | 'createdAt'
  | 'version'
  | 'sla'
>;
export type TicketListResponse = { tickets: TicketListItem[]; nextCursor: string | null };
export type UploadResponse = { attachments: Attachment[] };
