import type { ParseKeys } from 'i18next';
import type { Difficulty } from '@domain/sla/targets';
import type { Channel, Kind } from '@domain/tickets/vocabulary';

/** The dashboard's words for each value; a new value fails to compile until it has one. */
export const channelKeys = {
  portal: 'reports.labels.channel.portal',
  phone: 'reports.labels.channel.phone',
  walk_in: 'reports.labels.channel.walk_in',
  email: 'reports.labels.channel.email',
  suggestion_box: 'reports.labels.channel.suggestion_box',
} as const satisfies Record<Channel, ParseKeys>;

export const kindKeys = {
  question: 'reports.labels.kind.question',
  complaint: 'reports.labels.kind.complaint',
} as const satisfies Record<Kind, ParseKeys>;

export const difficultyKeys = {
  ringan: 'reports.labels.difficulty.ringan',
  sedang: 'reports.labels.difficulty.sedang',
  berat: 'reports.labels.difficulty.berat',
} as const satisfies Record<Difficulty, ParseKeys>;
