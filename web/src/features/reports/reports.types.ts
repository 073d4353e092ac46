export type Channel = 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
export type Kind = 'question' | 'complaint';
/** The tier chain, lowest first (src/domain/tiers/tiers.ts). */
export const TIERS = ['helpdesk', 'admin_ppe', 'lkpp', 'lkpp_teknis'] as const;
export type Tier = (typeof TIERS)[number];
/** The tiers a ticket can be escalated to: every tier but the first. */
export type EscalationTier = Exclude<Tier, (typeof TIERS)[0]>;
export const ESCALATION_TIERS = TIERS.slice(1) as readonly EscalationTier[];
export type Status = 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
export type Difficulty = 'ringan' | 'sedang' | 'berat';
export type Grade = 'A' | 'B' | 'C' | 'D';

export type Durations = { count: number; medianHours: number | null; p90Hours: number | null };
export type TargetShare = { completed: number; withinTarget: number; sharePercent: number | null };

export type SkmFigures = {
  respondents: number;
  nrr: Record<string, number | null>;
  ikm: number | null;
  ikmConverted: number | null;
  grade: Grade | null;
  label: string | null;
};

/** `GET /api/units/:unitCode/reports/summary` (definitions: docs/reports.md). */
export type ReportSummary = {
  unitCode: string;
  period: { from: string; to: string };
  received: {
    total: number;
    byChannel: Record<Channel, number>;
    byKind: Record<Kind, number>;
    byCategory: Array<{ code: string | null; name: string | null; nameEn: string | null; count: number }>;
    byTierReached: Record<Tier, number>;
    byStatus: Record<Status, number>;
  };
  firstResponse: Durations;
  completion: Durations & { withinTarget: Record<Difficulty | 'all', TargetShare> };
  escalations: Record<
    EscalationTier,
    { count: number; answered: number; medianHours: number | null; p90Hours: number | null }
  >;
  complaints: {
    received: number;
    coordinated: number;
    awaitingCoordination: number;
    kepalaInformed: number;
    coordinationMedianHours: number | null;
    coordinationP90Hours: number | null;
  };
  skm: SkmFigures;
};

export type TrendMonth = {
  month: string;
  received: number;
  completed: number;
  escalated: number;
  complaints: number;
  skmRespondents: number;
  ikmConverted: number | null;
  grade: Grade | null;
};

export type TrendResponse = { unitCode: string; months: TrendMonth[] };
