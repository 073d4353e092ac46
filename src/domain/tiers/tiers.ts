/**
 * The tier chain, declared once. A ticket is held by one tier at a time and moves one desk
 * up (escalation, with a reason) or one desk down (return, with the answer). Procedure 1 and
 * 2 of the LPSE service standard: helpdesk → Admin PPE → LKPP; Kep. Kepala LKPP 26/2022
 * ("Pelayanan Dukungan Penggunaan SPSE melalui LPSE Support"): what the LPSE cannot solve goes
 * to Helpdesk Eproc LKPP, what Helpdesk Eproc cannot solve goes on to Helpdesk Teknis LKPP.
 *
 * Each tier is answered by the staff role of the same name, acting as the party of the same
 * name. Everything else that depends on the chain (roles, parties, who sees what, SLA minutes
 * per tier, queue counts, reports, SQL that ranks tiers) derives from this file: adding a
 * tier is a line in `TIERS`, its entry in `TIER_DESKS`, and its labels.
 */

/** The tiers in order, lowest first. */
export const TIERS = ['helpdesk', 'admin_ppe', 'lkpp', 'lkpp_teknis'] as const;
export type Tier = (typeof TIERS)[number];

/** LKPP hosted on this deployment, or an outside helpdesk whose reference is recorded. */
export const LKPP_MODES = ['hosted', 'external'] as const;
export type LkppMode = (typeof LKPP_MODES)[number];

/**
 * What a unit of the reporter does with a tier when LKPP is not hosted here (external mode):
 * `own`: the LPSE unit's own desk, the same in both modes; `relayed`: the chain ends here, the
 * unit's Admin PPE records LKPP's reference and relays its answer; `absent`: not reachable.
 */
export type ExternalMode = 'own' | 'relayed' | 'absent';

export type TierDesk = Readonly<{
  /** Where the desk sits: the reporter's LPSE unit, or the national unit (LKPP). */
  unitKind: 'lpse' | 'national';
  external: ExternalMode;
}>;

/** Where each tier's desk sits and what becomes of it in external mode. */
export const TIER_DESKS = {
  helpdesk: { unitKind: 'lpse', external: 'own' },
  admin_ppe: { unitKind: 'lpse', external: 'own' },
  /** Helpdesk Eproc LKPP. */
  lkpp: { unitKind: 'national', external: 'relayed' },
  /** Helpdesk Teknis LKPP. */
  lkpp_teknis: { unitKind: 'national', external: 'absent' },
} as const satisfies Record<Tier, TierDesk>;

/** Tiers answered at the national unit; their staff see a ticket once it reached them, in hosted mode. */
export type NationalTier = {
  [T in Tier]: (typeof TIER_DESKS)[T]['unitKind'] extends 'national' ? T : never;
}[Tier];
export const NATIONAL_TIERS: readonly NationalTier[] = TIERS.filter(isNationalTier);

/** The tiers a ticket can be escalated to: every tier but the first. */
export type EscalationTier = Exclude<Tier, (typeof TIERS)[0]>;
export const ESCALATION_TIERS: readonly EscalationTier[] = TIERS.filter(isEscalationTier);

export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}

export function isNationalTier(tier: Tier): tier is NationalTier {
  return TIER_DESKS[tier].unitKind === 'national';
}

export function isEscalationTier(tier: Tier): tier is EscalationTier {
  return TIERS.indexOf(tier) > 0;
}

/** The chain a ticket of this mode moves along: in external mode it ends at the relayed tier. */
export function tiersOf(mode: LkppMode): readonly Tier[] {
  return mode === 'hosted' ? TIERS : TIERS.filter((t) => TIER_DESKS[t].external !== 'absent');
}

/** The tier a ticket is escalated to from `tier`, or null at the top of its chain. */
export function tierAbove(tier: Tier, mode: LkppMode = 'hosted'): Tier | null {
  const chain = tiersOf(mode);
  const i = chain.indexOf(tier);
  return i < 0 ? null : (chain[i + 1] ?? null);
}

/** The tier a ticket is returned to from `tier`, or null at the helpdesk. */
export function tierBelow(tier: Tier): Tier | null {
  const i = TIERS.indexOf(tier);
  return i > 0 ? (TIERS[i - 1] ?? null) : null;
}

/** Position in the chain, 1 for the helpdesk; an unknown value (an old history entry) counts as 1. */
export function tierRank(tier: string | null | undefined): number {
  return Math.max(1, (TIERS as readonly string[]).indexOf(tier ?? '') + 1);
}

/** The tier of a position in the chain (clamped to it). */
export function tierOfRank(rank: number): Tier {
  const i = Math.min(TIERS.length, Math.max(1, Math.trunc(rank))) - 1;
  return TIERS[i] ?? TIERS[0];
}

/** The higher of two tiers. */
export function higherTier(a: Tier, b: Tier): Tier {
  return tierRank(a) >= tierRank(b) ? a : b;
}

/** Whether a ticket that reached `reached` has been at `tier` (escalation goes one desk at a time). */
export function hasReached(reached: Tier, tier: Tier): boolean {
  return tierRank(reached) >= tierRank(tier);
}

/** The tiers at or above `tier`: a ticket whose highest tier is one of these has reached it. */
export function tiersFrom(tier: Tier): readonly Tier[] {
  return TIERS.slice(TIERS.indexOf(tier));
}

/**
 * Who answers for a tier of a ticket: the staff role (and party) of its name, on the unit kind
 * of its desk. In external mode a relayed tier is answered by the unit's own Admin PPE.
 */
export function deskOf(tier: Tier, mode: LkppMode): Readonly<{ role: Tier; unitKind: 'lpse' | 'national' }> {
  if (mode === 'external' && TIER_DESKS[tier].external === 'relayed')
    return { role: 'admin_ppe', unitKind: 'lpse' };
  return { role: tier, unitKind: TIER_DESKS[tier].unitKind };
}
