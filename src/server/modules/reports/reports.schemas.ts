import { z } from 'zod';
import { DIFFICULTIES } from '../../../domain/sla/index.js';
import { ESCALATION_TIERS, type EscalationTier } from '../../../domain/tiers/tiers.js';
import { CHANNELS, KINDS, STATUSES, TIERS } from '../../../domain/tickets/vocabulary.js';
import { SkmResult } from '../surveys/surveys.schemas.js';

const counts = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<T[number], z.ZodNumber>);
const Hours = z.number().nullable();
const Durations = z.object({ count: z.number().int(), medianHours: Hours, p90Hours: Hours });
const Share = z.object({
  completed: z.number().int(),
  withinTarget: z.number().int(),
  sharePercent: z.number().nullable(),
});
const Escalation = z.object({
  count: z.number().int(),
  answered: z.number().int(),
  medianHours: Hours,
  p90Hours: Hours,
});

export const ReportSummaryResponse = z.object({
  unitCode: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  received: z.object({
    total: z.number().int(),
    byChannel: counts(CHANNELS),
    byKind: counts(KINDS),
    byCategory: z.array(
      z.object({
        code: z.string().nullable(),
        name: z.string().nullable(),
        nameEn: z.string().nullable(),
        count: z.number().int(),
      }),
    ),
    byTierReached: counts(TIERS),
    byStatus: counts(STATUSES),
  }),
  firstResponse: Durations,
  completion: Durations.extend({
    withinTarget: z.object({
      ...Object.fromEntries(DIFFICULTIES.map((d) => [d, Share])),
      all: Share,
    } as Record<(typeof DIFFICULTIES)[number] | 'all', typeof Share>),
  }),
  escalations: z.object(
    Object.fromEntries(ESCALATION_TIERS.map((tier) => [tier, Escalation])) as Record<
      EscalationTier,
      typeof Escalation
    >,
  ),
  complaints: z.object({
    received: z.number().int(),
    coordinated: z.number().int(),
    awaitingCoordination: z.number().int(),
    kepalaInformed: z.number().int(),
    coordinationMedianHours: Hours,
    coordinationP90Hours: Hours,
  }),
  skm: SkmResult,
});

export const TrendResponse = z.object({
  unitCode: z.string(),
  months: z.array(
    z.object({
      month: z.string(),
      received: z.number().int(),
      completed: z.number().int(),
      escalated: z.number().int(),
      complaints: z.number().int(),
      skmRespondents: z.number().int(),
      ikmConverted: z.number().nullable(),
      grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
    }),
  ),
});

const Month = z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM');

export const TrendQuery = z.object({
  month: Month.optional().describe('The last month of the twelve, YYYY-MM (default: this month in the unit)'),
});

export const MonthlyQuery = z.object({
  month: Month.describe("The month, YYYY-MM, in the unit's local days"),
  format: z.enum(['xlsx', 'pdf', 'csv']),
});

export const SkmReportQuery = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
  format: z.enum(['pdf', 'xlsx']),
});
