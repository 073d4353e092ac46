import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AGE_BAND_OPTIONS,
  EDUCATION_OPTIONS,
  OCCUPATION_OPTIONS,
  PROCUREMENT_ROLE_OPTIONS,
  SEX_OPTIONS,
  SKM_ELEMENTS,
} from '../../../domain/survey/index.js';
import type { AppContext } from '../../context/app-context.js';
import { publicRateLimit } from '../../http/rate-limits.js';
import { requireActor } from '../../http/session.js';
import { UnitCodeParams } from '../units/units.schemas.js';
import { CodeParams } from '../tickets/tickets.schemas.js';
import { skmForPeriod, ticketSurveyState } from './skm.service.js';
import { submitSurvey } from './submit-survey.js';
import {
  PeriodQuery,
  Questionnaire,
  SkmResult,
  SurveyBody,
  SurveyReceived,
  TicketSurveyState,
} from './surveys.schemas.js';

/**
 * Responses per client address and hour. A counter tablet serves one visitor at a time and a
 * ticket has one survey, so this is far above honest use and well below ballot stuffing.
 */
export const SURVEY_RATE_LIMIT: RateLimitOptions = { max: 120, timeWindow: '1 hour' };

const options = (list: readonly { value: string; label: { id: string; en: string } }[]) =>
  list.map((o) => ({ value: o.value, label: o.label }));

/** The Survei Kepuasan Masyarakat: the questionnaire, answering it, and the unit's index. */
export function surveysRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['surveys'];

    app.get(
      '/api/surveys/questionnaire',
      {
        schema: {
          tags,
          summary:
            'The nine SKM elements of PermenPANRB 14/2017 with their questions and four answers, and the respondent profile questions',
          response: { 200: Questionnaire },
        },
        config: { rateLimit: publicRateLimit },
      },
      async () => ({
        elements: SKM_ELEMENTS.map((e) => ({
          id: e.id,
          code: e.code,
          name: e.name,
          question: e.question,
          options: e.options.map((o) => ({ score: o.score, label: o.label })),
        })),
        profile: {
          ageBand: options(AGE_BAND_OPTIONS),
          sex: options(SEX_OPTIONS),
          education: options(EDUCATION_OPTIONS),
          occupation: options(OCCUPATION_OPTIONS),
          procurementRole: options(PROCUREMENT_ROLE_OPTIONS),
        },
      }),
    );

    app.post(
      '/api/surveys',
      {
        schema: {
          tags,
          summary:
            "Answer the satisfaction survey: about a resolved ticket (its reporter, signed in or with the ticket's PIN, once), or generally for a unit (counter, suggestion box). Anonymous to staff.",
          body: SurveyBody,
          response: { 201: SurveyReceived },
        },
        config: { rateLimit: SURVEY_RATE_LIMIT },
      },
      async (req, reply) => reply.code(201).send(await submitSurvey(ctx, req.actor, req.body)),
    );

    app.get(
      '/api/surveys/tickets/:code',
      {
        schema: {
          tags,
          summary:
            "Whether the ticket's reporter may answer its survey now (open, answered, not yet resolved)",
          params: CodeParams,
          querystring: z.object({ pin: z.string().trim().min(1).max(20).optional() }),
          response: { 200: TicketSurveyState },
        },
        config: { rateLimit: publicRateLimit },
      },
      async (req) => ticketSurveyState(ctx, req.actor, req.params.code, req.query.pin),
    );

    app.get(
      '/api/units/:unitCode/skm',
      {
        schema: {
          tags,
          summary:
            "The unit's satisfaction index for responses received in a period of local days (Kepala LPSE and administrators)",
          params: UnitCodeParams,
          querystring: PeriodQuery,
          response: { 200: SkmResult },
        },
        preHandler: ctx.auth.requireUser,
      },
      async (req) => skmForPeriod(ctx, requireActor(req), req.params.unitCode, req.query),
    );
  };
}
