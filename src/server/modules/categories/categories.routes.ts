import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can } from '../../../domain/accounts/capabilities.js';
import { DomainError } from '../../../domain/errors.js';
import type { AppContext } from '../../context/app-context.js';
import { publicRateLimit } from '../../http/rate-limits.js';
import { requireActor } from '../../http/session.js';
import { UnitCodeParams } from '../units/units.schemas.js';
import { requireUnit, unitRefOf } from '../units/units.service.js';
import { findCategory, listCategories, upsertCategory, type CategoryRow } from './categories.repository.js';

const Category = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  isActive: z.boolean(),
  sortOrder: z.number().int(),
});

function present(row: CategoryRow): z.infer<typeof Category> {
  return {
    code: row.code,
    name: row.name,
    nameEn: row.name_en,
    isActive: row.is_active === 1,
    sortOrder: row.sort_order,
  };
}

export function categoriesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/units/:unitCode/categories',
      {
        schema: {
          tags: ['units'],
          summary: 'Ticket categories of a unit',
          params: UnitCodeParams,
          querystring: z.object({ all: z.enum(['true', 'false']).optional() }),
          response: { 200: z.object({ categories: z.array(Category) }) },
        },
        config: { rateLimit: publicRateLimit },
      },
      async (req) => {
        await requireUnit(ctx.db, req.params.unitCode);
        return {
          categories: (await listCategories(ctx.db, req.params.unitCode, req.query.all === 'true')).map(
            present,
          ),
        };
      },
    );

    app.put(
      '/api/units/:unitCode/categories/:categoryCode',
      {
        schema: {
          tags: ['units'],
          summary: 'Add or edit a category (helpdesk or administrator of the unit)',
          params: UnitCodeParams.extend({ categoryCode: z.string().regex(/^[a-z0-9-]{2,64}$/) }),
          body: z.strictObject({
            name: z.string().trim().min(2).max(100),
            nameEn: z.string().trim().min(2).max(100),
            isActive: z.boolean().default(true),
            sortOrder: z.number().int().min(0).max(10_000).optional(),
          }),
          response: { 200: Category },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => {
        const actor = requireActor(req);
        const { unitCode, categoryCode } = req.params;
        const unit = await requireUnit(ctx.db, unitCode);
        if (!can(actor, 'manageCategories', unitRefOf(unit))) throw new DomainError('forbidden');
        const before = await findCategory(ctx.db, unitCode, categoryCode);
        const row: CategoryRow = {
          unit_code: unitCode,
          code: categoryCode,
          name: req.body.name,
          name_en: req.body.nameEn,
          is_active: req.body.isActive ? 1 : 0,
          sort_order: req.body.sortOrder ?? before?.sort_order ?? 1000,
        };
        await upsertCategory(ctx.db, row);
        return present(row);
      },
    );
  };
}
