import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SURVEY_OPEN_STATUSES } from '../../../domain/survey/index.js';
import { ACTIONS, allowedActions } from '../../../domain/tickets/lifecycle.js';
import { CHANNELS, KINDS, STATUSES, TIERS, type Status } from '../../../domain/tickets/vocabulary.js';
import type { AppContext } from '../../context/app-context.js';
import { publicRateLimit } from '../../http/rate-limits.js';
import { loadTicketFor } from './ticket-access.js';
import { unitWorkCalendar } from '../calendar/calendar.service.js';
import { clockEventsOf, slaOfTicket, unitSlaPolicy } from '../sla/ticket-sla.js';
import { surveyPath } from './survey-invitation.js';
import { hasSurveyForTicket, messagesOf } from './tickets.repository.js';
import { CodeParams } from './tickets.schemas.js';

const TrackResponse = z.object({
  code: z.string(),
  unitCode: z.string(),
  kind: z.enum(KINDS),
  channel: z.enum(CHANNELS),
  status: z.enum(STATUSES),
  tier: z.enum(TIERS),
  subject: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  dueAt: z.string(),
  slaState: z.enum(['on_track', 'at_risk', 'breached', 'paused', 'met']),
  replies: z.array(
    z.object({
      from: z.enum(['staff', 'reporter']),
      purpose: z.string(),
      body: z.string(),
      createdAt: z.string(),
    }),
  ),
  /** The satisfaction survey, once the ticket is resolved: where to answer it (add `?pin=`), and whether it is answered. */
  survey: z.object({ url: z.string(), answered: z.boolean() }).nullable(),
  /** What the holder of the code and PIN may do now (party `tracker`), as the lifecycle decides. */
  allowedActions: z.array(z.enum(ACTIONS)),
});

/**
 * Public tracking by code and PIN: status, the tier holding it ("Cek posisi") and the public
 * conversation — never contact data, internal notes or staff names. A wrong PIN answers
 * exactly as an unknown code does.
 */
export function trackRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/track/:code',
      {
        schema: {
          tags: ['tickets'],
          summary: 'Follow a ticket by its code and PIN (public)',
          params: CodeParams,
          querystring: z.object({ pin: z.string().min(1).max(20) }),
          response: { 200: TrackResponse },
        },
        config: { rateLimit: publicRateLimit },
      },
      async (req) => {
        const { row, state, parties } = await loadTicketFor(ctx, ctx.db, req.params.code, null, {
          pin: req.query.pin,
        });
        const [messages, events, surveyAnswered] = await Promise.all([
          messagesOf(ctx.db, row.id, false),
          clockEventsOf(ctx.db, row.id),
          hasSurveyForTicket(ctx.db, row.id),
        ]);
        const surveyOpen = SURVEY_OPEN_STATUSES.includes(row.status as Status);
        const sla = slaOfTicket(
          row,
          events,
          await unitWorkCalendar(ctx.db, row.unit_code),
          await unitSlaPolicy(ctx.db, row.unit_code),
          ctx.clock.now(),
        );
        return {
          code: row.code,
          unitCode: row.unit_code,
          kind: row.kind as z.infer<typeof TrackResponse>['kind'],
          channel: row.channel as z.infer<typeof TrackResponse>['channel'],
          status: row.status as z.infer<typeof TrackResponse>['status'],
          tier: row.tier as z.infer<typeof TrackResponse>['tier'],
          subject: row.subject,
          createdAt: row.created_at,
          resolvedAt: row.resolved_at,
          closedAt: row.closed_at,
          dueAt: sla.dueAt,
          slaState: sla.state,
          survey: surveyOpen
            ? { url: `${ctx.config.publicUrl}${surveyPath(row.code)}`, answered: surveyAnswered }
            : null,
          replies: messages.map((m) => ({
            from:
              m.author_party === 'reporter' || m.author_party === 'tracker'
                ? ('reporter' as const)
                : ('staff' as const),
            purpose: m.purpose,
            body: m.body,
            createdAt: m.created_at,
          })),
          allowedActions: allowedActions(state, parties),
        };
      },
    );
  };
}
