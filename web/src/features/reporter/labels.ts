import type { ParseKeys } from 'i18next';
import type { SlaState, TicketStatus, TicketType, Tier } from '../../api';

/** A label for every value; a new value fails to compile until it has one. */
export const statusLabelKeys = {
  new: 'portal.ticket.status.new',
  in_progress: 'portal.ticket.status.in_progress',
  waiting_reporter: 'portal.ticket.status.waiting_reporter',
  resolved: 'portal.ticket.status.resolved',
  closed: 'portal.ticket.status.closed',
} as const satisfies Record<TicketStatus, ParseKeys>;

export const tierLabelKeys = {
  helpdesk: 'portal.ticket.tier.helpdesk',
  admin_ppe: 'portal.ticket.tier.admin_ppe',
  lkpp: 'portal.ticket.tier.lkpp',
} as const satisfies Record<Tier, ParseKeys>;

export const slaLabelKeys = {
  on_track: 'portal.ticket.sla.on_track',
  at_risk: 'portal.ticket.sla.at_risk',
  breached: 'portal.ticket.sla.breached',
  paused: 'portal.ticket.sla.paused',
  met: 'portal.ticket.sla.met',
} as const satisfies Record<SlaState, ParseKeys>;

export const typeLabelKeys = {
  permasalahan: 'portal.ticket.type.permasalahan',
  usulan: 'portal.ticket.type.usulan',
  permintaan_layanan: 'portal.ticket.type.permintaan_layanan',
} as const satisfies Record<TicketType, ParseKeys>;

/** What a message is in the conversation; an unknown purpose reads as a plain reply. */
const purposeLabelKeys = {
  reply: 'portal.ticket.purpose.reply',
  info_request: 'portal.ticket.purpose.info_request',
  resolution: 'portal.ticket.purpose.resolution',
  reporter_answer: 'portal.ticket.purpose.reporter_answer',
  confirmation: 'portal.ticket.purpose.confirmation',
  not_solved: 'portal.ticket.purpose.not_solved',
} as const satisfies Record<string, ParseKeys>;

export function purposeLabelKey(purpose: string, from: 'staff' | 'reporter'): ParseKeys {
  if (purpose in purposeLabelKeys) return purposeLabelKeys[purpose as keyof typeof purposeLabelKeys];
  return from === 'staff' ? purposeLabelKeys.reply : purposeLabelKeys.reporter_answer;
}
