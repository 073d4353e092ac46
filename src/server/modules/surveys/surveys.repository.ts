import {
  SKM_ELEMENT_IDS,
  type PerElement,
  type SkmElementId,
  type SkmResponse,
  type SkmTally,
} from '../../../domain/survey/index.js';
import type { Db } from '../../db/connect.js';
import type { SurveyResponsesTable } from '../../db/schema.js';
import { newId } from '../../core/ids.js';

export type SurveyRow = SurveyResponsesTable;

export type NewSurvey = Readonly<{
  unitCode: string;
  ticketId: string | null;
  source: 'ticket' | 'general';
  answers: SkmResponse;
  profile: Readonly<{
    ageBand: string | null;
    sex: string | null;
    education: string | null;
    occupation: string | null;
    procurementRole: string | null;
  }>;
  comment: string | null;
}>;

/** Stores one response. The unique constraint refuses a second response to the same ticket. */
export async function insertSurvey(db: Db, survey: NewSurvey, now: Date): Promise<void> {
  const scores = Object.fromEntries(SKM_ELEMENT_IDS.map((id) => [id, survey.answers[id] ?? null])) as Record<
    SkmElementId,
    number | null
  >;
  await db
    .insertInto('survey_responses')
    .values({
      id: newId(now.getTime()),
      unit_code: survey.unitCode,
      ticket_id: survey.ticketId,
      source: survey.source,
      submitted_at: now.toISOString(),
      ...scores,
      age_band: survey.profile.ageBand,
      sex: survey.profile.sex,
      education: survey.profile.education,
      occupation: survey.profile.occupation,
      procurement_role: survey.profile.procurementRole,
      comment: survey.comment,
    })
    .execute();
}

/** Whether a database error is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

export type SkmTotals = Readonly<{ respondents: number; tallies: PerElement<SkmTally> }>;

/** Respondents and, per element, SUM and COUNT of the scores in [startIso, endIso): one aggregate query. */
export async function skmTotals(
  db: Db,
  unitCode: string,
  startIso: string,
  endIso: string,
): Promise<SkmTotals> {
  const row = (await db
    .selectFrom('survey_responses')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('respondents'),
      ...SKM_ELEMENT_IDS.flatMap((id) => [
        eb.fn.sum<number | string | null>(id).as(`sum_${id}`),
        eb.fn.count<number | string>(id).as(`count_${id}`),
      ]),
    ])
    .where('unit_code', '=', unitCode)
    .where('submitted_at', '>=', startIso)
    .where('submitted_at', '<', endIso)
    .executeTakeFirstOrThrow()) as Record<string, number | string | null>;
  const tallies = Object.fromEntries(
    SKM_ELEMENT_IDS.map((id) => [
      id,
      { sum: Number(row[`sum_${id}`] ?? 0), count: Number(row[`count_${id}`] ?? 0) },
    ]),
  ) as Record<SkmElementId, SkmTally>;
  return { respondents: Number(row.respondents), tallies };
}

export const PROFILE_COLUMNS = {
  ageBand: 'age_band',
  sex: 'sex',
  education: 'education',
  occupation: 'occupation',
  procurementRole: 'procurement_role',
} as const;
export type ProfileQuestion = keyof typeof PROFILE_COLUMNS;

/** How many respondents gave each answer to one profile question (null: not given). */
export async function profileCounts(
  db: Db,
  unitCode: string,
  startIso: string,
  endIso: string,
  question: ProfileQuestion,
): Promise<Map<string | null, number>> {
  const column = PROFILE_COLUMNS[question];
  const rows = await db
    .selectFrom('survey_responses')
    .select((eb) => [eb.ref(column).as('value'), eb.fn.countAll<number | string>().as('n')])
    .where('unit_code', '=', unitCode)
    .where('submitted_at', '>=', startIso)
    .where('submitted_at', '<', endIso)
    .groupBy(column)
    .execute();
  return new Map(rows.map((r) => [r.value, Number(r.n)]));
}

/** The comments of the period, in alphabetical order so that nothing ties one to a ticket or a time. */
export async function commentsOf(
  db: Db,
  unitCode: string,
  startIso: string,
  endIso: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('survey_responses')
    .select('comment')
    .where('unit_code', '=', unitCode)
    .where('submitted_at', '>=', startIso)
    .where('submitted_at', '<', endIso)
    .where('comment', 'is not', null)
    .orderBy('comment')
    .limit(limit)
    .execute();
  return rows.map((r) => r.comment ?? '').filter((c) => c !== '');
}
