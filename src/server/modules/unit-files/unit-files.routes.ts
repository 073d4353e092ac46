import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError } from '../../../domain/errors.js';
import type { AppContext } from '../../context/app-context.js';
import { UnitFileSchema } from '../units/unit-file.schema.js';
import { presentUnit } from '../units/units.presenter.js';
import { UnitCodeParams, UnitSummary } from '../units/units.schemas.js';
import { requireUnit } from '../units/units.service.js';
import { loadUnitFiles } from './unit-files.service.js';

/** A unit's file put by the national administrator: the unit, its categories, calendar and mailbox. */
export function unitFilesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      '/api/units/:unitCode',
      {
        schema: {
          tags: ['units', 'admin'],
          summary: 'Create or update a unit from its file (national administrator)',
          params: UnitCodeParams,
          body: UnitFileSchema,
          response: { 200: UnitSummary },
        },
        preHandler: ctx.auth.requireNationalAdmin,
      },
      async (req) => {
        if (req.body.code !== req.params.unitCode) {
          throw new DomainError('validation_failed', {}, [
            {
              field: 'code',
              code: 'mismatch',
              message: {
                id: 'Kode harus sama dengan kode pada alamat.',
                en: 'The code must match the code in the path.',
              },
            },
          ]);
        }
        await loadUnitFiles(ctx.db, [req.body], ctx.clock.now());
        return presentUnit(await requireUnit(ctx.db, req.params.unitCode));
      },
    );
  };
}
