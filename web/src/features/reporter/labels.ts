import type { ParseKeys } from 'i18next';
import type { SlaState } from '@domain/sla';
import { asMessagePurpose, type PublicPurpose } from '@domain/tickets/messages';
import type { TicketType, Tier } from '@domain/tickets/vocabulary';

/** The one word per status the whole app says (src/i18n/status-labels.ts). */
export { statusKeys as statusLabelKeys } from '../../i18n/status-labels';

/** A label for every value; a new value fails to compile until it has one. */

export const tierLabelKeys = {
  helpdesk: 'portal.ticket.tier.helpdesk',
  admin_ppe: 'portal.ticket.tier.admin_ppe',
  lkpp: 'portal.ticket.tier.lkpp',
  lkpp_teknis: 'portal.ticket.tier.lkpp_teknis',
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
} as const satisfies Record<PublicPurpose, ParseKeys>;

export function purposeLabelKey(purpose: string, from: 'staff' | 'reporter'): ParseKeys {
  const known = asMessagePurpose(purpose);
  if (known && known in purposeLabelKeys) return purposeLabelKeys[known as PublicPurpose];
  return from === 'staff' ? purposeLabelKeys.reply : purposeLabelKeys.reporter_answer;
}
