import {
  canAdministerUnit,
  canAnywhere,
  grantableRoles,
  hasDeploymentCapability,
} from '../../../domain/accounts/capabilities.js';
import {
  isDeploymentAdmin,
  type Actor,
  type Availability,
  type RoleGrant,
} from '../../../domain/accounts/roles.js';
import { availabilityOf, isReachable } from '../../../domain/accounts/availability.js';
import { DomainError } from '../../../domain/errors.js';
import type { AppContext } from '../../context/app-context.js';
import type { Db } from '../../db/connect.js';
import { generatePassword, hashPassword } from '../accounts/password.js';
import { deleteSessionsOf } from '../accounts/sessions.repository.js';
import { requireUnit, unitRefOf } from '../units/units.service.js';
import { presentUser, type UserView } from '../accounts/users.presenter.js';
import * as repo from '../accounts/users.repository.js';

export type NewStaff = {
  name: string;
  email: string;
  phone?: string | undefined;
  password?: string | undefined;
  roles: RoleGrant[];
};

/** An administrator creates a staff account; a generated password is returned once. */
export async function createStaff(
  ctx: AppContext,
  actor: Actor,
  input: NewStaff,
): Promise<{ user: UserView; initialPassword: string | null }> {
  await checkGrantsAllowed(ctx.db, actor, input.roles);
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (await repo.findUserByEmail(trx, input.email))
      throw new DomainError('email_taken', {}, [{ field: 'email', code: 'taken' }]);
    const user = await repo.insertUser(
      trx,
      {
        email: input.email,
        name: input.name,
        phone: input.phone ?? null,
        user_type: null,
        organization: null,
        spse_user_id: null,
        password_hash: passwordHash,
        availability: input.roles.some((g) => g.role === 'admin_ppe') ? 'available' : null,
      },
      now,
    );
    await repo.replaceRoles(trx, user.id, input.roles, actor.userId, now);
    await repo.recordAccountEvent(
      trx,
      { actorId: actor.userId, userId: user.id, type: 'staff_created', data: { roles: input.roles } },
      now,
    );
    return { user: presentUser(user, input.roles), initialPassword: input.password ? null : password };
  });
}

/** Replaces a user's roles. Each grant added or removed must be on a unit the actor administers. */
export async function changeRoles(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  roles: RoleGrant[],
): Promise<UserView> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const user = await requireUser(trx, userId);
    const before = await repo.rolesOf(trx, userId);
    const changed = symmetricDifference(before, roles);
    if (changed.length === 0) return presentUser(user, before);
    await checkGrantsAllowed(trx, actor, changed);
    const removesAdmin = changed.some((g) => g.role === 'admin' && !roles.some((r) => sameGrant(r, g)));
    if (removesAdmin) await guardLastDeploymentAdmin(trx, userId);
    await repo.replaceRoles(trx, userId, roles, actor.userId, now);
    const becameAdminPpe = roles.some((g) => g.role === 'admin_ppe');
    await repo.updateUser(
      trx,
      userId,
      { availability: becameAdminPpe ? (user.availability ?? 'available') : null },
      now,
    );
    await repo.recordAccountEvent(
      trx,
      { actorId: actor.userId, userId, type: 'roles_changed', data: { before, after: roles } },
      now,
    );
    return presentUser(
      { ...user, availability: becameAdminPpe ? (user.availability ?? 'available') : null },
      roles,
    );
  });
}

/** Deactivates (ending every session) or reactivates an account. */
export async function setActive(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  isActive: boolean,
): Promise<UserView> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const user = await requireUser(trx, userId);
    const roles = await repo.rolesOf(trx, userId);
    const administers = isDeploymentAdmin(actor) || roles.some((g) => canAdministerUnit(actor, g.unitCode));
    if (!administers) throw new DomainError('forbidden');
    if (!isActive) {
      await guardLastDeploymentAdmin(trx, userId);
      await deleteSessionsOf(trx, userId);
    }
    await repo.updateUser(trx, userId, { is_active: isActive ? 1 : 0 }, now);
    await repo.recordAccountEvent(
      trx,
      { actorId: actor.userId, userId, type: isActive ? 'reactivated' : 'deactivated', data: {} },
      now,
    );
    return presentUser({ ...user, is_active: isActive ? 1 : 0 }, roles);
  });
}

/** An Admin PPE says whether they can be reached (telephone procedure 1b.5 depends on it). */
export async function setAvailability(
  ctx: AppContext,
  actor: Actor,
  availability: Availability,
): Promise<UserView> {
  if (!canAnywhere(actor, 'reportAvailability')) throw new DomainError('not_admin_ppe');
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const user = await requireUser(trx, actor.userId);
    await repo.updateUser(trx, user.id, { availability }, now);
    await repo.recordAccountEvent(
      trx,
      { actorId: actor.userId, userId: user.id, type: 'availability_changed', data: { availability } },
      now,
    );
    return presentUser({ ...user, availability }, await repo.rolesOf(trx, user.id));
  });
}

/** Staff listing for administrators: a unit admin sees their unit, a deployment admin any. */
export async function listStaffFor(
  ctx: AppContext,
  actor: Actor,
  unitCode: string | undefined,
): Promise<UserView[]> {
  if (
    unitCode === undefined
      ? !hasDeploymentCapability(actor, 'administerDeployment')
      : !canAdministerUnit(actor, unitCode)
  )
    throw new DomainError('forbidden');
  if (unitCode) await requireUnit(ctx.db, unitCode);
  const staff = await repo.listStaff(ctx.db, unitCode);
  return staff.map((s) => presentUser(s, s.roles));
}

async function checkGrantsAllowed(db: Db, actor: Actor, grants: readonly RoleGrant[]): Promise<void> {
  for (const [index, grant] of grants.entries()) {
    if (!canAdministerUnit(actor, grant.unitCode)) throw new DomainError('forbidden');
    const unit = await requireUnit(db, grant.unitCode);
    if (!grantableRoles(actor, unitRefOf(unit)).includes(grant.role)) {
      throw new DomainError('role_not_allowed_on_unit', { role: grant.role, unitCode: grant.unitCode }, [
        { field: `roles.${index}.role`, code: 'not_allowed' },
      ]);
    }
  }
}

async function guardLastDeploymentAdmin(db: Db, userId: string): Promise<void> {
  const grants = await repo.actorGrantsOf(db, userId);
  if (!grants.some((g) => g.role === 'admin' && g.unitKind === 'national')) return;
  const admins = await repo.otherDeploymentAdmins(db, userId);
  if (admins.length === 0) throw new DomainError('last_admin');
}

async function requireUser(db: Db, userId: string): Promise<repo.UserRow> {
  const user = await repo.findUserById(db, userId);
  if (!user) throw new DomainError('user_not_found');
  return user;
}

function sameGrant(a: RoleGrant, b: RoleGrant): boolean {
  return a.unitCode === b.unitCode && a.role === b.role;
}

function symmetricDifference(a: readonly RoleGrant[], b: readonly RoleGrant[]): RoleGrant[] {
  return [
    ...a.filter((x) => !b.some((y) => sameGrant(x, y))),
    ...b.filter((x) => !a.some((y) => sameGrant(x, y))),
  ];
}

/**
 * The unit's active Admin PPE and whether each can be reached, for its staff (and the
 * deployment administrator): the helpdesk looks here before escalating a phone ticket.
 */
/** The unit's Admin PPE and whether any is reachable now (telephone procedure 1b.5), for its staff. */
export async function adminPpeOf(ctx: AppContext, actor: Actor, unitCode: string) {
  if (!actor.roles.some((g) => g.unitCode === unitCode) && !isDeploymentAdmin(actor))
    throw new DomainError('forbidden');
  await requireUnit(ctx.db, unitCode);
  const people = await repo.usersWithRole(ctx.db, 'admin_ppe', unitCode);
  const adminPpe = people
    .filter((p) => p.is_active === 1)
    .map((p) => ({ id: p.id, name: p.name, availability: availabilityOf(p.availability) }));
  return { adminPpe, anyAvailable: adminPpe.some((p) => isReachable(p.availability)) };
}
