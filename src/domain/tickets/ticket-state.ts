import type { Channel, Kind, LkppMode, Status, Tier } from './vocabulary.js';

/** What the lifecycle rules look at. The repository fills it from a ticket row. */
export type TicketState = Readonly<{
  unitCode: string;
  kind: Kind;
  channel: Channel;
  tier: Tier;
  status: Status;
  reporterUserId: string | null;
  lkppMode: LkppMode;
  /** The highest tier it has been at (national staff of a tier keep seeing it once it reached them). */
  reachedTier: Tier;
  /** The tier that resolved it last; "not solved" sends it back there. */
  resolvedTier: Tier | null;
  /** A phone ticket whose caller was asked to submit through the portal and has not yet claimed it. */
  awaitingClaim: boolean;
  hasCoordinationNote: boolean;
  confidential: boolean;
  anonymous: boolean;
}>;
