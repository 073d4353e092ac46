import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AVAILABILITIES } from '../../../domain/accounts/roles.js';
import type { AppContext } from '../../context/app-context.js';
import { requireActor } from '../../http/session.js';
import { Password, Phone } from '../auth/auth.schemas.js';
import { UnitCodeParams } from '../units/units.schemas.js';
import { RoleGrantSchema, UserSchema } from '../accounts/users.presenter.js';
import {
  adminPpeOf,
  changeRoles,
  createStaff,
  listStaffFor,
  setActive,
  setAvailability,
} from './users.service.js';

const UserIdParams = z.object({ userId: z.string().min(1).max(64) });
const Roles = z.array(RoleGrantSchema).max(20);

export function usersRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/users',
      {
        schema: {
          tags: ['admin'],
          summary: 'Staff accounts of a unit (or all, for a deployment administrator)',
          querystring: z.object({ unitCode: z.string().min(1).max(64).optional() }),
          response: { 200: z.object({ users: z.array(UserSchema) }) },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => ({ users: await listStaffFor(ctx, requireActor(req), req.query.unitCode) }),
    );

    app.post(
      '/api/admin/users',
      {
        schema: {
          tags: ['admin'],
          summary: 'Create a staff account with its roles',
          body: z.strictObject({
            name: z.string().trim().min(2).max(120),
            email: z.email().max(254),
            phone: Phone.optional(),
            password: Password.optional(),
            roles: Roles.min(1),
          }),
          response: { 201: z.object({ user: UserSchema, initialPassword: z.string().nullable() }) },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req, reply) => reply.code(201).send(await createStaff(ctx, requireActor(req), req.body)),
    );

    app.put(
      '/api/admin/users/:userId/roles',
      {
        schema: {
          tags: ['admin'],
          summary: 'Replace the roles of an account',
          params: UserIdParams,
          body: z.strictObject({ roles: Roles }),
          response: { 200: z.object({ user: UserSchema }) },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => ({ user: await changeRoles(ctx, requireActor(req), req.params.userId, req.body.roles) }),
    );

    app.patch(
      '/api/admin/users/:userId',
      {
        schema: {
          tags: ['admin'],
          summary: 'Deactivate or reactivate an account',
          params: UserIdParams,
          body: z.strictObject({ isActive: z.boolean() }),
          response: { 200: z.object({ user: UserSchema }) },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => ({
        user: await setActive(ctx, requireActor(req), req.params.userId, req.body.isActive),
      }),
    );

    app.put(
      '/api/me/availability',
      {
        schema: {
          tags: ['auth'],
          summary: 'Admin PPE: set availability',
          body: z.strictObject({ availability: z.enum(AVAILABILITIES) }),
          response: { 200: z.object({ user: UserSchema }) },
        },
        preHandler: ctx.auth.requireUser,
      },
      async (req) => ({ user: await setAvailability(ctx, requireActor(req), req.body.availability) }),
    );

    app.get(
      '/api/units/:unitCode/admin-ppe',
      {
        schema: {
          tags: ['units'],
          summary: "The unit's Admin PPE and whether each can be reached (for the helpdesk)",
          params: UnitCodeParams,
          response: {
            200: z.object({
              adminPpe: z.array(
                z.object({ id: z.string(), name: z.string(), availability: z.enum(AVAILABILITIES) }),
              ),
              anyAvailable: z.boolean(),
            }),
          },
        },
        preHandler: ctx.auth.requireStaff,
      },
      async (req) => adminPpeOf(ctx, requireActor(req), req.params.unitCode),
    );
  };
}
