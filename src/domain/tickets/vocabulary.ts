/**
 * The words of a ticket, as the API spells them. The interface shows Indonesian labels
 * (web/src/i18n); these values never change.
 */

/** `question`: pertanyaan/permasalahan about LPSE and SPSE; `complaint`: aduan, saran, masukan about the service itself. */
export const KINDS = ['question', 'complaint'] as const;
export type Kind = (typeof KINDS)[number];

/** The ticket types of LPSE Support. */
export const TYPES = ['permasalahan', 'usulan', 'permintaan_layanan'] as const;
export type TicketType = (typeof TYPES)[number];

/** The channels of the service standard (procedure 1a–1c and the complaint channels). */
export const CHANNELS = ['portal', 'phone', 'walk_in', 'email', 'suggestion_box'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Who holds the ticket, and the chain it moves along: declared in tiers.ts. */
export { LKPP_MODES, TIERS, tierAbove, tierBelow, type LkppMode, type Tier } from '../tiers/tiers.js';

export const STATUSES = ['new', 'in_progress', 'waiting_reporter', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

/** The applications a question may be about (LPSE Support form). */
export const APPLICATIONS = ['SPSE', 'SIKaP', 'e-Katalog', 'Toko Daring', 'SiRUP', 'Lainnya'] as const;
export type Application = (typeof APPLICATIONS)[number];
