import type { Channel, Difficulty, SlaState, TicketKind, TicketStatus, Tier } from '../../api';

/*
 * The words of a ticket in the order the console lists them; the words themselves are the
 * API's (the contract's unions), so a list cannot hold a word the server does not know.
 */
export const STATUSES = [
  'new',
  'in_progress',
  'waiting_reporter',
  'resolved',
  'closed',
] as const satisfies readonly TicketStatus[];
export const TIERS = ['helpdesk', 'admin_ppe', 'lkpp'] as const satisfies readonly Tier[];
export const CHANNELS = [
  'portal',
  'phone',
  'walk_in',
  'email',
  'suggestion_box',
] as const satisfies readonly Channel[];
export const KINDS = ['question', 'complaint'] as const satisfies readonly TicketKind[];
export const DIFFICULTIES = ['ringan', 'sedang', 'berat'] as const satisfies readonly Difficulty[];
export const SLA_STATES = [
  'on_track',
  'at_risk',
  'breached',
  'paused',
  'met',
] as const satisfies readonly SlaState[];
