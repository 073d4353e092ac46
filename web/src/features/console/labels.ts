import type { ParseKeys, TFunction } from 'i18next';
import type { Difficulty, SlaState } from '@domain/sla';
import { TIERS, type Channel, type Kind, type Tier, type TicketType } from '@domain/tickets/vocabulary';

/** The one word per status the whole app says (src/i18n/status-labels.ts). */
export { statusKeys } from '../../i18n/status-labels';

/** A label for every value; a new value fails to compile until it has one. */

export const tierKeys = {
  helpdesk: 'console.tier.helpdesk',
  admin_ppe: 'console.tier.admin_ppe',
  lkpp: 'console.tier.lkpp',
  lkpp_teknis: 'console.tier.lkpp_teknis',
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
} as const satisfies Record<TicketType, ParseKeys>;

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
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}
