export type Channel = 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
export type Kind = 'question' | 'complaint';
export type Tier = 'helpdesk' | 'admin_ppe' | 'lkpp';
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
    'admin_ppe' | 'lkpp',
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
