import type { Actor } from '../../../domain/accounts/roles.js';
import { DomainError, type FieldError } from '../../../domain/errors.js';
import {
  ageBandFor,
  surveyRefusal,
  validateSkmAnswers,
  type SkmResponse,
} from '../../../domain/survey/index.js';
import type { AppContext } from '../../context/app-context.js';
import { loadTicketFor } from '../tickets/ticket-access.js';
import { requireUnit } from '../units/units.service.js';
import { hasSurveyForTicket } from '../tickets/tickets.repository.js';
import { insertSurvey, isUniqueViolation, type NewSurvey } from './surveys.repository.js';
import type { RespondentProfile, SurveyInput } from './surveys.schemas.js';

export type SurveyReceipt = Readonly<{ received: true; unitCode: string; ticketCode: string | null }>;

/**
 * Records one SKM response (PermenPANRB 14/2017). About a ticket: only its reporter (signed
 * in, or by code and PIN), once it is resolved or closed, once. Without a ticket: a general
 * response to the unit (the counter's tablet, the suggestion box's link). Nothing stored
 * says who answered.
 */
export async function submitSurvey(
  ctx: AppContext,
  actor: Actor | null,
  input: SurveyInput,
): Promise<SurveyReceipt> {
  const answers = checkedAnswers(input.answers);
  const profile = profileOf(input.respondent);
  const comment = input.comment ? input.comment : null;
  const now = ctx.clock.now();
  if (input.ticketCode === undefined) {
    if (input.unitCode === undefined)
      throw fieldError('ticketCode', 'required', {
        id: 'Isi kode tiket, atau kode unit untuk survei umum.',
        en: 'Give the ticket code, or the unit code for a general survey.',
      });
    if (input.pin !== undefined)
      throw fieldError('pin', 'not_allowed', {
        id: 'PIN hanya untuk survei sebuah tiket.',
        en: 'A PIN belongs to the survey of a ticket only.',
      });
    const unit = await requireUnit(ctx.db, input.unitCode);
    await insertSurvey(
      ctx.db,
      { unitCode: unit.code, ticketId: null, source: 'general', answers, profile, comment },
      now,
    );
    return { received: true, unitCode: unit.code, ticketCode: null };
  }
  if (input.unitCode !== undefined)
    throw fieldError('unitCode', 'not_allowed', {
      id: 'Survei tiket mengikuti unit tiketnya; kosongkan kode unit.',
      en: "A ticket's survey belongs to the ticket's unit; leave the unit code out.",
    });
  const { row, state, parties } = await loadTicketFor(ctx, ctx.db, input.ticketCode, actor, {
    pin: input.pin,
  });
  const refusal = surveyRefusal(state.status, parties);
  if (refusal) throw new DomainError(refusal, { code: row.code });
  if (await hasSurveyForTicket(ctx.db, row.id))
    throw new DomainError('survey_already_answered', { code: row.code });
  const survey: NewSurvey = {
    unitCode: row.unit_code,
    ticketId: row.id,
    source: 'ticket',
    answers,
    profile,
    comment,
  };
  try {
    await insertSurvey(ctx.db, survey, now);
  } catch (error) {
    // Two submissions at once: the unique constraint lets only one in.
    if (isUniqueViolation(error)) throw new DomainError('survey_already_answered', { code: row.code });
    throw error;
  }
  return { received: true, unitCode: row.unit_code, ticketCode: row.code };
}

/** The domain's questionnaire rules; a response must answer at least one element. */
function checkedAnswers(raw: SurveyInput['answers']): SkmResponse {
  const checked = validateSkmAnswers(raw);
  if (!checked.ok) throw new DomainError('validation_failed', {}, checked.errors);
  if (Object.keys(checked.answers).length === 0) {
    throw fieldError('answers', 'required', {
      id: 'Jawab paling sedikit satu pertanyaan.',
      en: 'Answer at least one question.',
    });
  }
  return checked.answers;
}

function profileOf(respondent: RespondentProfile | undefined): NewSurvey['profile'] {
  const r = respondent ?? {};
  const bandOfAge = r.age === undefined ? undefined : ageBandFor(r.age);
  if (bandOfAge !== undefined && r.ageBand !== undefined && bandOfAge !== r.ageBand) {
    throw fieldError('respondent.ageBand', 'disagrees_with_age', {
      id: 'Kelompok umur tidak sesuai dengan umur yang diisi.',
      en: 'The age band does not match the age given.',
    });
  }
  return {
    ageBand: bandOfAge ?? r.ageBand ?? null,
    sex: r.sex ?? null,
    education: r.education ?? null,
    occupation: r.occupation ?? null,
    procurementRole: r.procurementRole ?? null,
  };
}

function fieldError(field: string, code: string, message: FieldError['message']): DomainError {
  return new DomainError('validation_failed', {}, [{ field, code, ...(message ? { message } : {}) }]);
}
