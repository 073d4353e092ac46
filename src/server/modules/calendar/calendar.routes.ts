import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context/app-context.js';
import { publicRateLimit } from '../../http/rate-limits.js';
import { requireActor } from '../../http/session.js';
import { UnitCodeParams } from '../units/units.schemas.js';
import { CalendarSettingsSchema } from '../units/calendar-settings.schema.js';
import {
  CalendarResponse,
  DueQuery,
  DueResponse,
  HolidayBody,
  HolidayListResponse,
  HolidayParams,
  HolidaySchema,
  PrefillResponse,
  YearQuery,
} from './calendar.schemas.js';
import {
  confirmHoliday,
  dueAt,
  getCalendar,
  listHolidays,
  prefillYear,
  putCalendar,
  putHoliday,
  removeHoliday,
} from './calendar.service.js';

const HolidayResponse = z.object({ holiday: HolidaySchema });

/** A unit's working calendar: holidays, office hours and due times. */
export function calendarRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/units/:unitCode/holidays',
      {
        schema: {
          tags: ['calendar'],
          summary: "A unit's holidays and cuti bersama of one year",
          params: UnitCodeParams,
          querystring: YearQuery,
          response: { 200: HolidayListResponse },
        },
        config: { rateLimit: publicRateLimit },
      },
      async (req) => ({
        year: req.query.year,
        holidays: await listHolidays(ctx.db, req.params.unitCode, req.query.year),
      }),
    );

    app.put(
      '/api/units/:unitCode/holidays/:date',
      {
        schema: {
          tags: ['calendar', 'admin'],
          summary: 'Add or replace the holiday of a date (unit administrator)',
          params: HolidayParams,
          body: HolidayBody,
          response: { 200: HolidayResponse },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => ({
        holiday: await putHoliday(ctx, requireActor(req), req.params.unitCode, req.params.date, req.body),
      }),
    );

    app.delete(
      '/api/units/:unitCode/holidays/:date',
      {
        schema: {
          tags: ['calendar', 'admin'],
          summary: 'Remove the holiday of a date (unit administrator)',
          params: HolidayParams,
          response: { 204: z.null() },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req, reply) => {
        await removeHoliday(ctx, requireActor(req), req.params.unitCode, req.params.date);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/units/:unitCode/holidays/:date/confirmation',
      {
        schema: {
          tags: ['calendar', 'admin'],
          summary: 'Mark a holiday confirmed against the decree (unit administrator)',
          params: HolidayParams,
          response: { 200: HolidayResponse },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => ({
        holiday: await confirmHoliday(ctx, requireActor(req), req.params.unitCode, req.params.date),
      }),
    );

    app.post(
      '/api/units/:unitCode/holidays/prefill',
      {
        schema: {
          tags: ['calendar', 'admin'],
          summary:
            'Pre-fill a year from the date-holidays package: unconfirmed national holidays, no cuti bersama, existing dates kept',
          params: UnitCodeParams,
          querystring: YearQuery,
          response: { 200: PrefillResponse },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => prefillYear(ctx, requireActor(req), req.params.unitCode, req.query.year),
    );

    app.get(
      '/api/units/:unitCode/calendar',
      {
        schema: {
          tags: ['calendar'],
          summary: "A unit's office hours, overrides (Ramadan, closures) and time zone",
          params: UnitCodeParams,
          response: { 200: CalendarResponse },
        },
        config: { rateLimit: publicRateLimit },
      },
      async (req) => getCalendar(ctx.db, req.params.unitCode),
    );

    app.put(
      '/api/units/:unitCode/calendar',
      {
        schema: {
          tags: ['calendar', 'admin'],
          summary: "Replace a unit's office hours and overrides (unit administrator)",
          params: UnitCodeParams,
          body: CalendarSettingsSchema,
          response: { 200: CalendarResponse },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => putCalendar(ctx, requireActor(req), req.params.unitCode, req.body),
    );

    app.get(
      '/api/units/:unitCode/calendar/due',
      {
        schema: {
          tags: ['calendar'],
          summary:
            'The instant N working minutes after `from`; a start outside office hours starts at the next opening',
          params: UnitCodeParams,
          querystring: DueQuery,
          response: { 200: DueResponse },
        },
        config: { rateLimit: publicRateLimit },
      },
      async (req) => ({ dueAt: await dueAt(ctx.db, req.params.unitCode, req.query.from, req.query.minutes) }),
    );
  };
}
