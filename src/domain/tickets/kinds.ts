import type { Kind, TicketType } from './vocabulary.js';

/** A complaint (aduan, saran, masukan about the service): the Kepala LPSE coordinates its answer. */
export function isComplaint(kind: Kind): boolean {
  return kind === 'complaint';
}

/** The ticket type when none is given: a complaint is a suggestion (usulan), a question a problem (permasalahan). */
export function defaultTypeFor(kind: Kind): TicketType {
  return kind === 'complaint' ? 'usulan' : 'permasalahan';
}
