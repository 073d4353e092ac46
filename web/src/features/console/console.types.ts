/** The words of a ticket, as the API spells them (src/domain/tickets/vocabulary.ts). */
export const STATUSES = ['new', 'in_progress', 'waiting_reporter', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export const TIERS = ['helpdesk', 'admin_ppe', 'lkpp', 'lkpp_teknis'] as const;
export type Tier = (typeof TIERS)[number];
export const CHANNELS = ['portal', 'phone', 'walk_in', 'email', 'suggestion_box'] as const;
export type Channel = (typeof CHANNELS)[number];
export const KINDS = ['question', 'complaint'] as const;
export type Kind = (typeof KINDS)[number];
export const DIFFICULTIES = ['ringan', 'sedang', 'berat'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const SLA_STATES = ['on_track', 'at_risk', 'breached', 'paused', 'met'] as const;
export type SlaState = (typeof SLA_STATES)[number];

/** Every change the lifecycle knows; `allowedActions` lists those open to the user now. */
export type Action =
  | 'reply'
  | 'note'
  | 'escalate'
  | 'return'
  | 'redirect_to_portal'
  | 'claim'
  | 'request_info'
  | 'reporter_answer'
  | 'resolve'
  | 'confirm'
  | 'reject_resolution'
  | 'close'
  | 'auto_close'
  | 'coordinate'
  | 'record_lkpp_reference'
  | 'assign'
  | 'set_difficulty'
  | 'attach'
  | 'request_extension'
  | 'decide_extension';

export type Sla = {
  difficulty: Difficulty;
  targetMinutes: number;
  extensionMinutes: number;
  usedMinutes: number;
  minutesByTier: Record<Tier, number>;
  state: SlaState;
  clock: 'running' | 'paused' | 'stopped';
  dueAt: string;
  breachedAt: string | null;
  firstResponseDueAt: string;
  firstResponse: { state: 'met' | 'breached' | 'pending' | 'at_risk'; at: string | null };
};

export type Person = { id: string; name: string };

export type Reporter = {
  name: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  organization: string | null;
  hasAccount: boolean;
  masked: boolean;
};

/** A ticket as `GET /api/tickets` and every change answer it. */
export type Ticket = {
  code: string;
  unitCode: string;
  kind: Kind;
  type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
  channel: Channel;
  originChannel: Channel;
  tier: Tier;
  status: Status;
  categoryCode: string | null;
  subject: string;
  description: string;
  application: string | null;
  errorCode: string | null;
  tenderCode: string | null;
  purpose: string | null;
  earlierTicketCode: string | null;
  boxOpenedOn: string | null;
  reporter: Reporter;
  confidential: boolean;
  anonymous: boolean;
  assignee: Person | null;
  lkppMode: 'hosted' | 'external';
  lkppReference: string | null;
  difficulty: string | null;
  coordination: { kepalaInformedAt: string | null; notedAt: string | null } | null;
  awaitingClaim: boolean;
  isUnopened: boolean;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  allowedActions: Action[];
  /** Where `escalate` takes it (the next desk of its chain), when allowed: the server decides. */
  escalateTo: Tier | null;
  /** Where `return` hands it back to, when allowed. */
  returnTo: Tier | null;
  /** Held at a desk of the national unit (Helpdesk Eproc or Teknis LKPP). */
  atNationalDesk: boolean;
  sla: Sla;
  extensionPendingMinutes: number | null;
  /** Only in the answer that created a ticket for a reporter without an account. */
  trackingPin?: string;
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

export type HistoryEvent = {
  version: number;
  at: string;
  actor: Person | null;
  party: string;
  type: string;
  reason: string | null;
  data: Record<string, unknown>;
};

export type Attachment = {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
  visibility: 'public' | 'internal';
  createdAt: string;
};

export type TicketDetail = {
  ticket: Ticket;
  messages: Message[];
  attachments: Attachment[];
  history: HistoryEvent[];
};

export type QueueCounts = { byStatus: Record<Status, number>; openByTier: Record<Tier, number> };

/** A ticket as a row of the queue (`TicketListItem`): no description, contact details or actions. */
export type QueueTicket = Pick<
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
  | 'confidential'
  | 'anonymous'
  | 'assignee'
  | 'lkppMode'
  | 'difficulty'
  | 'coordination'
  | 'awaitingClaim'
  | 'isUnopened'
  | 'createdAt'
  | 'updatedAt'
  | 'version'
  | 'sla'
  | 'extensionPendingMinutes'
> & { reporter: { name: string | null; organization: string | null; hasAccount: boolean; hidden: boolean } };

/** `counts` heads the first page only (null on cursor pages). */
export type QueuePage = { tickets: QueueTicket[]; nextCursor: string | null; counts: QueueCounts | null };

export type AdminPpeStatus = {
  adminPpe: { id: string; name: string; availability: 'available' | 'unreachable' }[];
  anyAvailable: boolean;
};

export type Notification = {
  id: string;
  type: string;
  ticketCode: string | null;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
};

export type NotificationsResponse = { notifications: Notification[]; unreadCount: number };

export type Category = { code: string; name: string; nameEn: string; isActive: boolean; sortOrder: number };
