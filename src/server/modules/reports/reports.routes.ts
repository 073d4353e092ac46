import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context/app-context.js';
import { requireActor } from '../../http/session.js';
import { PeriodQuery } from '../surveys/surveys.schemas.js';
import { UnitCodeParams } from '../units/units.schemas.js';
import { reportFile } from './exports/report-file.js';
import { monthlyReportFile, skmReportFile } from './reports.service.js';
import {
  ReportSummaryResponse,
  MonthlyQuery,
  SkmReportQuery,
  TrendQuery,
  TrendResponse,
} from './reports.schemas.js';
import { summaryFor, trendFor } from './reports.service.js';

/** The Kepala LPSE's reports: dashboard figures, the 12-month trend and the files a government office files. */
export function reportsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reports'];
    const guard = ctx.auth.requireUser;

    app.get(
      '/api/units/:unitCode/reports/summary',
      {
        schema: {
          tags,
          summary:
            'Figures of a period of local days: volumes, working-hour durations, targets met, escalations, complaints, SKM (Kepala LPSE and administrators)',
          params: UnitCodeParams,
          querystring: PeriodQuery,
          response: { 200: ReportSummaryResponse },
        },
        preHandler: guard,
      },
      async (req) => summaryFor(ctx, requireActor(req), req.params.unitCode, req.query),
    );

    app.get(
      '/api/units/:unitCode/reports/trend',
      {
        schema: {
          tags,
          summary: 'The twelve months ending with a month: received, completed, escalated, complaints, SKM',
          params: UnitCodeParams,
          querystring: TrendQuery,
          response: { 200: TrendResponse },
        },
        preHandler: guard,
      },
      async (req) => trendFor(ctx, requireActor(req), req.params.unitCode, req.query.month),
    );

    app.get(
      '/api/units/:unitCode/reports/monthly',
      {
        schema: {
          tags,
          summary:
            'The monthly report as Excel (a sheet per table), PDF (letterhead, tables, charts) or CSV (the tickets received in the month)',
          params: UnitCodeParams,
          querystring: MonthlyQuery,
        },
        preHandler: guard,
      },
      async (req, reply) =>
        reportFile(
          reply,
          await monthlyReportFile(
            ctx,
            requireActor(req),
            req.params.unitCode,
            req.query.month,
            req.query.format,
          ),
        ),
    );

    app.get(
      '/api/units/:unitCode/skm/report',
      {
        schema: {
          tags: ['surveys'],
          summary:
            'The SKM report of a period in the published layout (NRR per element, weighted values, IKM, converted value, grade, respondent profile), as PDF or Excel',
          params: UnitCodeParams,
          querystring: SkmReportQuery,
        },
        preHandler: guard,
      },
      async (req, reply) =>
        reportFile(
          reply,
          await skmReportFile(
            ctx,
            requireActor(req),
            req.params.unitCode,
            { from: req.query.from, to: req.query.to },
            req.query.format,
          ),
        ),
    );
  };
}
