import type { z } from 'zod';
import type { Status } from '../domain/tickets/vocabulary.js';
import type { Tier } from '../domain/tiers/tiers.js';
import type { MeResponse, UserResponse } from '../server/modules/auth/auth.schemas.js';
import type {
  TicketDetail,
  TicketListItem,
  TicketResponse,
} from '../server/modules/tickets/tickets.schemas.js';

/**
 * Response bodies as route tests read them (`json<TicketBody>`), each inferred from the
 * server's own zod response schema so a renamed field fails to compile in the tests too.
 */
export type TicketBody = z.infer<typeof TicketResponse>;
export type TicketDetailBody = z.infer<typeof TicketDetail>;
/**
 * GET /api/tickets. Its `Counts` schema is not exported from tickets.routes.ts; it is a
 * record over the domain's own status and tier unions, as here.
 */
export type TicketListBody = {
  tickets: z.infer<typeof TicketListItem>[];
  nextCursor: string | null;
  counts: { byStatus: Record<Status, number>; openByTier: Record<Tier, number> } | null;
};
/** POST /api/tickets/:code/redirect-to-portal. */
export type RedirectedBody = TicketBody & { claimUrl: string };
export type UserBody = z.infer<typeof UserResponse>;
/** GET /api/me: the account and what it may do. */
export type MeBody = z.infer<typeof MeResponse>;
