import type { ParseKeys, TFunction } from 'i18next';
import type {
  Channel,
  Difficulty,
  TicketKind as Kind,
  SlaState,
  TicketStatus as Status,
  Tier,
  Ticket,
} from '../../api';

/** A label for every value; a new value fails to compile until it has one. */
export const statusKeys = {
  new: 'console.status.new',
  in_progress: 'console.status.in_progress',
  waiting_reporter: 'console.status.waiting_reporter',
  resolved: 'console.status.resolved',
  closed: 'console.status.closed',
} as const satisfies Record<Status, ParseKeys>;

export const tierKeys = {
  helpdesk: 'console.tier.helpdesk',
  admin_ppe: 'console.tier.admin_ppe',
  lkpp: 'console.tier.lkpp',
} as const satisfies Record<Tier, ParseKeys>;

export const channelKeys = {
  portal: 'console.channel.portal',
  phone: 'console.channel.phone',
  walk_in: 'console.channel.walk_in',
  email: 'console.channel.email',
  suggestion_box: 'console.channel.suggestion_box',
} as const satisfies Record<Channel, ParseKeys>;

export const kindKeys = {
  question: 'console.kind.question',
  complaint: 'console.kind.complaint',
} as const satisfies Record<Kind, ParseKeys>;

export const typeKeys = {
  permasalahan: 'console.type.permasalahan',
  usulan: 'console.type.usulan',
  permintaan_layanan: 'console.type.permintaan_layanan',
} as const satisfies Record<Ticket['type'], ParseKeys>;

export const difficultyKeys = {
  ringan: 'console.difficulty.ringan',
  sedang: 'console.difficulty.sedang',
  berat: 'console.difficulty.berat',
} as const satisfies Record<Difficulty, ParseKeys>;

export const slaKeys = {
  on_track: 'console.sla.on_track',
  at_risk: 'console.sla.at_risk',
  breached: 'console.sla.breached',
  paused: 'console.sla.paused',
  met: 'console.sla.met',
} as const satisfies Record<SlaState, ParseKeys>;

/** A label for a value the server may have added after this build: the value itself. */
export function labelOf<K extends string>(
  t: TFunction,
  keys: Readonly<Record<K, ParseKeys>>,
  value: string,
): string {
  return value in keys ? t(keys[value as K]) : value;
}

export function isTier(value: unknown): value is Tier {
  return value === 'helpdesk' || value === 'admin_ppe' || value === 'lkpp';
}

/** The tier above, for "Eskalasi ke …" (helpdesk → Admin PPE → LKPP-RI). */
export function tierAbove(tier: Tier): Tier | null {
  return tier === 'helpdesk' ? 'admin_ppe' : tier === 'admin_ppe' ? 'lkpp' : null;
}

export function tierBelow(tier: Tier): Tier | null {
  return tier === 'lkpp' ? 'admin_ppe' : tier === 'admin_ppe' ? 'helpdesk' : null;
}
