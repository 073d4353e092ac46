import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context/app-context.js';
import { publicRateLimit } from '../../http/rate-limits.js';
import { presentUnit } from './units.presenter.js';
import { listUnits } from './units.repository.js';
import { StandardResponse, UnitCodeParams, UnitListResponse, UnitSummary } from './units.schemas.js';
import { getPublishedStandard, requireUnit } from './units.service.js';

export function unitsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/units',
      {
        schema: {
          tags: ['units'],
          summary: 'List units (LPSE units and LKPP-RI)',
          response: { 200: UnitListResponse },
        },
        config: { rateLimit: publicRateLimit },
      },
      async () => ({ units: (await listUnits(ctx.db)).map(presentUnit) }),
    );

    app.get(
      '/api/units/:unitCode',
      {
        schema: {
          tags: ['units'],
          summary: 'One unit',
          params: UnitCodeParams,
          response: { 200: UnitSummary },
        },
        config: { rateLimit: publicRateLimit },
      },
      async (req) => presentUnit(await requireUnit(ctx.db, req.params.unitCode)),
    );

    app.get(
      '/api/units/:unitCode/standard',
      {
        schema: {
          tags: ['units'],
          summary: 'The published service standard of a unit (Bahasa Indonesia and English)',
          params: UnitCodeParams,
          response: { 200: StandardResponse },
        },
        config: { rateLimit: publicRateLimit },
      },
      async (req) => {
        const { unit, standard } = await getPublishedStandard(ctx.db, req.params.unitCode);
        return { unit: presentUnit(unit), standard };
      },
    );
  };
}
