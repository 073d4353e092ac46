import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context/app-context.js';
import { requireActor } from '../../http/session.js';
import type { StaffMailEvent } from '../../mail/staff-mail-templates.js';
import {
  mailPreferencesOf,
  saveMailPreferences,
  type MailPreferences,
} from './notification-preferences.repository.js';

/** The API's names for the staff mails; the stored names are the notification types. */
const API_NAMES = {
  ticketNew: 'ticket_new',
  ticketEscalated: 'ticket_escalated',
  complaintAwaitingKepala: 'complaint_awaiting_kepala',
  slaAtRisk: 'sla_at_risk',
  slaBreached: 'sla_breached',
} as const satisfies Record<string, StaffMailEvent>;
type ApiName = keyof typeof API_NAMES;

const MailSwitches = z.object({
  ticketNew: z.boolean().describe('A new ticket in my tier'),
  ticketEscalated: z.boolean().describe('A ticket escalated to my tier'),
  complaintAwaitingKepala: z.boolean().describe('A complaint awaiting the Kepala LPSE'),
  slaAtRisk: z.boolean().describe('A ticket of mine close to its deadline'),
  slaBreached: z.boolean().describe('A ticket of mine past its deadline'),
});
const PreferencesResponse = z.object({ mail: MailSwitches });

function present(prefs: MailPreferences) {
  return {
    mail: Object.fromEntries(
      Object.entries(API_NAMES).map(([api, stored]) => [api, prefs[stored]]),
    ) as Record<ApiName, boolean>,
  };
}

/**
 * Each person's mail switches for staff notices. In-app notifications always arrive; mail to
 * reporters is the service's answer and is not switchable.
 */
export function notificationPreferencesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/me/notification-preferences',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Which staff notices I also receive by mail (all on by default)',
          response: { 200: PreferencesResponse },
        },
        preHandler: ctx.auth.requireUser,
      },
      async (req) => present(await mailPreferencesOf(ctx.db, requireActor(req).userId)),
    );

    app.put(
      '/api/me/notification-preferences',
      {
        schema: {
          tags: ['notifications'],
          summary: 'Switch staff notice mails on or off (send only what changes)',
          body: z.strictObject({ mail: MailSwitches.partial().strict() }),
          response: { 200: PreferencesResponse },
        },
        preHandler: ctx.auth.requireUser,
      },
      async (req) => {
        const userId = requireActor(req).userId;
        const changes = Object.fromEntries(
          Object.entries(req.body.mail).map(([api, on]) => [API_NAMES[api as ApiName], on]),
        );
        await saveMailPreferences(ctx.db, userId, changes, ctx.clock.now());
        return present(await mailPreferencesOf(ctx.db, userId));
      },
    );
  };
}
