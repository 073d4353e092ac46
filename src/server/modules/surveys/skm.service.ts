import type { Actor } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import {
  computeSkmIndexFromTallies,
  surveyRefusal,
  type SkmIndexResult,
} from '../../../domain/survey/index.js';
import type { AppContext } from '../../context/app-context.js';
import type { Db } from '../../db/connect.js';
import { reportScope, type ReportScope } from '../report-scope/report-scope.js';
import { loadTicketFor } from '../tickets/ticket-access.js';
import { hasSurveyForTicket } from '../tickets/tickets.repository.js';
import { skmTotals } from './surveys.repository.js';
import type { SkmResult } from './surveys.schemas.js';

/**
 * The SKM index of a unit's responses received in a scope's period: the database adds the
 * scores up per element (one aggregate query), the domain computes NRR, IKM and grade.
 */
export async function skmOfScope(db: Db, scope: ReportScope): Promise<SkmIndexResult> {
  const totals = await skmTotals(db, scope.unit.code, scope.startIso, scope.endIso);
  return computeSkmIndexFromTallies(totals.respondents, totals.tallies);
}

/** `GET /api/units/{unitCode}/skm`: for the readers of the unit's reports. */
export async function skmForPeriod(
  ctx: AppContext,
  actor: Actor,
  unitCode: string,
  period: { from: string; to: string },
): Promise<SkmResult> {
  return presentSkm(await skmOfScope(ctx.db, await reportScope(ctx, actor, unitCode, period)));
}

/** Exactly the figures of the issue; the label in the regulation's own (Indonesian) words. */
export function presentSkm(result: SkmIndexResult): SkmResult {
  return {
    respondents: result.respondents,
    nrr: result.nrr,
    ikm: result.ikm,
    ikmConverted: result.ikmConverted,
    grade: result.grade,
    label: (result.label?.id ?? null) as SkmResult['label'],
  };
}

/** Whether the reporter of a ticket may answer its survey now (for the form, before it is shown). */
export async function ticketSurveyState(
  ctx: AppContext,
  actor: Actor | null,
  code: string,
  pin: string | undefined,
) {
  const { row, state, parties } = await loadTicketFor(ctx, ctx.db, code, actor, { pin });
  const refusal = surveyRefusal(state.status, parties);
  if (refusal === 'forbidden') throw new DomainError('forbidden');
  const answered = await hasSurveyForTicket(ctx.db, row.id);
  return {
    ticketCode: row.code,
    unitCode: row.unit_code,
    state: answered ? ('answered' as const) : refusal ? ('not_resolved' as const) : ('open' as const),
  };
}
