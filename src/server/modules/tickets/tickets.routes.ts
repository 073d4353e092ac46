import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../../domain/accounts/roles.js';
import { DomainError } from '../../../domain/errors.js';
import { CHANNELS, KINDS, STATUSES, TIERS } from '../../../domain/tickets/vocabulary.js';
import type { AppContext } from '../../context/app-context.js';
import { requireActor } from '../../http/session.js';
import { createTicket } from './create-ticket.js';
import { SORTS } from './list-tickets.repository.js';
import { queuePage } from './ticket-queue.js';
import * as actions from './ticket-actions.js';
import { accessTo } from './ticket-access.js';
import { ticketDetail, ticketView } from './ticket-views.js';
import {
  AssignmentBody,
  ClaimBody,
  CloseBody,
  DifficultyBody,
  ExtensionDecisionBody,
  ExtensionRequestBody,
  CodeParams,
  ConfirmationBody,
  CoordinationBody,
  CreateTicketBody,
  EscalateBody,
  InfoRequestBody,
  LkppReferenceBody,
  ReplyBody,
  ResolutionBody,
  ReturnBody,
  TicketDetail,
  TicketListItem,
  TicketResponse,
  VersionOnlyBody,
} from './tickets.schemas.js';

const ListQuery = z.object({
  unitCode: z.string().max(64).optional(),
  status: z.enum(STATUSES).optional(),
  tier: z.enum(TIERS).optional(),
  channel: z.enum(CHANNELS).optional(),
  kind: z.enum(KINDS).optional(),
  category: z.string().max(64).optional(),
  assignee: z.string().max(64).optional(),
  q: z.string().trim().min(2).max(200).optional(),
  unopened: z.enum(['true', 'false']).optional(),
  awaitingKepala: z.enum(['true', 'false']).optional(),
  sort: z.enum(SORTS).optional(),
  /** Only open tickets; the default of the due-time queue, where closed ones would come first. */
  open: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

const Counts = z.object({
  byStatus: z.record(z.enum(STATUSES), z.number()),
  openByTier: z.record(z.enum(TIERS), z.number()),
});

export function ticketsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['tickets'];
    const change = <B extends z.ZodType>(path: string, summary: string, body: B) => ({
      url: `/api/tickets/:code/${path}`,
      schema: { tags, summary, params: CodeParams, body, response: { 200: TicketResponse } },
    });

    app.post(
      '/api/tickets',
      {
        schema: {
          tags,
          summary:
            'Create a ticket on any channel (portal: the signed-in user; phone, walk-in, suggestion box: logged by the helpdesk)',
          body: CreateTicketBody,
          response: { 201: TicketResponse },
        },
      },
      async (req, reply) => {
        const actor = req.actor;
        const { row, trackingPin, sla } = await createTicket(ctx, actor, req.user, req.body);
        const access = accessTo(ctx, row, actor);
        const ticket = await ticketView(ctx, { ...access, sla });
        return reply.code(201).send({ ticket: trackingPin ? { ...ticket, trackingPin } : ticket });
      },
    );

    app.get(
      '/api/tickets',
      {
        schema: {
          tags,
          summary:
            'The queue: tickets the user may see as list rows (no description, contact details or actions), filtered, soonest due first for staff and newest first for reporters, by cursor',
          querystring: ListQuery,
          response: {
            200: z.object({
              tickets: z.array(TicketListItem),
              nextCursor: z.string().nullable(),
              counts: Counts.nullable().describe(
                'Per status and open per tier, on the first page; null on cursor pages and for a text search (q)',
              ),
            }),
          },
        },
        preHandler: ctx.auth.requireUser,
      },
      async (req) => queuePage(ctx, requireActor(req), req.query),
    );

    app.get(
      '/api/tickets/:code',
      {
        schema: {
          tags,
          summary: 'Ticket, conversation and history',
          params: CodeParams,
          querystring: z.object({ pin: z.string().max(20).optional() }),
          response: { 200: TicketDetail },
        },
      },
      async (req) => {
        if (!req.actor && !req.query.pin) throw new DomainError('unauthenticated');
        return ticketDetail(ctx, req.params.code, req.actor, req.query.pin);
      },
    );

    const respond = async (access: Parameters<typeof ticketView>[1]) => ({
      ticket: await ticketView(ctx, access),
    });
    const base = (req: { params: { code: string }; actor: Actor | null }, version?: number) => ({
      code: req.params.code,
      actor: req.actor,
      version,
    });

    app.route({
      method: 'POST',
      ...change('replies', "Public reply, internal note, or the reporter's answer", ReplyBody),
      handler: async (req) =>
        respond(await actions.addMessage(ctx, { ...base(req, req.body.version), ...req.body })),
    });
    app.route({
      method: 'POST',
      ...change('escalations', 'Escalate one tier up with a reason', EscalateBody),
      handler: async (req) =>
        respond(
          await actions.escalate(ctx, {
            ...base(req, req.body.version),
            to: req.body.to,
            reason: req.body.reason,
          }),
        ),
    });
    app.route({
      method: 'POST',
      ...change('returns', 'Hand the ticket back down with the answer', ReturnBody),
      handler: async (req) =>
        respond(await actions.handBack(ctx, { ...base(req, req.body.version), answer: req.body.answer })),
    });
    app.route({
      method: 'POST',
      ...change('info-requests', 'Ask the reporter for more data (pauses the clock)', InfoRequestBody),
      handler: async (req) =>
        respond(
          await actions.requestInfo(ctx, { ...base(req, req.body.version), question: req.body.question }),
        ),
    });
    app.route({
      method: 'POST',
      ...change('resolution', 'Resolve with the answer given', ResolutionBody),
      handler: async (req) =>
        respond(await actions.resolve(ctx, { ...base(req, req.body.version), answer: req.body.answer })),
    });
    app.route({
      method: 'POST',
      ...change(
        'confirmation',
        'The reporter confirms, or says it is not solved (by account, or by code and PIN)',
        ConfirmationBody,
      ),
      handler: async (req) =>
        respond(await actions.confirm(ctx, { ...base(req, req.body.version), ...req.body })),
    });
    app.route({
      method: 'POST',
      ...change(
        'closure',
        'Staff close a resolved ticket the reporter confirmed in person or cannot confirm (anonymous slip), with the reason',
        CloseBody,
      ),
      handler: async (req) =>
        respond(await actions.closeByStaff(ctx, { ...base(req, req.body.version), reason: req.body.reason })),
    });
    app.route({
      method: 'POST',
      ...change('coordination', 'The Kepala LPSE records coordination of a complaint', CoordinationBody),
      handler: async (req) =>
        respond(await actions.coordinate(ctx, { ...base(req, req.body.version), note: req.body.note })),
    });
    app.route({
      method: 'POST',
      ...change('lkpp-reference', "External mode: record LKPP-RI's own ticket reference", LkppReferenceBody),
      handler: async (req) =>
        respond(
          await actions.recordLkppReference(ctx, {
            ...base(req, req.body.version),
            reference: req.body.reference,
          }),
        ),
    });
    app.route({
      method: 'POST',
      ...change(
        'difficulty',
        'Set the difficulty level (ringan 1, sedang 3, berat 5 working days by default) with the reason',
        DifficultyBody,
      ),
      handler: async (req) =>
        respond(
          await actions.setDifficulty(ctx, {
            ...base(req, req.body.version),
            difficulty: req.body.difficulty,
            reason: req.body.reason,
          }),
        ),
    });
    app.route({
      method: 'POST',
      ...change(
        'extension-requests',
        "Ask the Kepala LPSE for more working days than the level's target",
        ExtensionRequestBody,
      ),
      handler: async (req) =>
        respond(
          await actions.requestExtension(ctx, {
            ...base(req, req.body.version),
            workingDays: req.body.workingDays,
            reason: req.body.reason,
          }),
        ),
    });
    app.route({
      method: 'POST',
      ...change(
        'extension-decision',
        'The Kepala LPSE approves or refuses the pending extension',
        ExtensionDecisionBody,
      ),
      handler: async (req) =>
        respond(
          await actions.decideExtension(ctx, {
            ...base(req, req.body.version),
            approve: req.body.approve,
            note: req.body.note,
          }),
        ),
    });
    app.route({
      method: 'POST',
      ...change('assignment', 'Assign to a staff member, or unassign', AssignmentBody),
      handler: async (req) =>
        respond(
          await actions.assign(ctx, { ...base(req, req.body.version), assigneeId: req.body.assigneeId }),
        ),
    });

    app.post(
      '/api/tickets/:code/redirect-to-portal',
      {
        schema: {
          tags,
          summary:
            'Telephone, Admin PPE unreachable: ask the caller to submit through the portal; answers the link to give them',
          params: CodeParams,
          body: VersionOnlyBody.nullish(),
          response: { 200: TicketResponse.extend({ claimUrl: z.string() }) },
        },
      },
      async (req) => {
        const { access, claimUrl } = await actions.redirectToPortal(ctx, base(req, req.body?.version));
        return { ...(await respond(access)), claimUrl };
      },
    );

    app.post(
      '/api/tickets/:code/claim',
      {
        schema: {
          tags,
          summary: 'A signed-in user takes over the ticket a helpdesk redirected to the portal',
          params: CodeParams,
          body: ClaimBody,
          response: { 200: TicketResponse },
        },
        preHandler: ctx.auth.requireUser,
      },
      async (req) => respond(await actions.claim(ctx, { ...base(req), token: req.body.token })),
    );
  };
}
