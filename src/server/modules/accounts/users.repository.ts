import type { ActorGrant, RoleGrant, StaffRole, UnitKind } from '../../../domain/accounts/roles.js';
import type { Db } from '../../db/connect.js';
import { prepared } from '../../db/prepared.js';
import type { UsersTable } from '../../db/schema.js';
import { newId } from '../../core/ids.js';

export type UserRow = UsersTable;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function rolesOf(db: Db, userId: string): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom('user_roles')
    .select(['unit_code', 'role'])
    .where('user_id', '=', userId)
    .orderBy('unit_code')
    .orderBy('role')
    .execute();
  return rows.map((r) => ({ unitCode: r.unit_code, role: r.role as StaffRole }));
}

/** The grants with the kind of each unit, as the session's actor carries them. */
// Read on every signed-in request, with the session.
const grantsWithUnitKind = prepared((db, args: { userId: string }) =>
  db
    .selectFrom('user_roles')
    .innerJoin('units', 'units.code', 'user_roles.unit_code')
    .select(['user_roles.unit_code', 'user_roles.role', 'units.kind'])
    .where('user_roles.user_id', '=', args.userId),
);

export async function actorGrantsOf(db: Db, userId: string): Promise<ActorGrant[]> {
  const rows = await grantsWithUnitKind(db, { userId });
  return rows.map((r) => ({
    unitCode: r.unit_code,
    role: r.role as StaffRole,
    unitKind: r.kind as UnitKind,
  }));
}

export type NewUser = Omit<
  UserRow,
  'id' | 'created_at' | 'updated_at' | 'failed_login_count' | 'locked_until' | 'is_active' | 'locale'
> &
  Partial<Pick<UserRow, 'locale'>>;

export async function insertUser(db: Db, user: NewUser, now: Date): Promise<UserRow> {
  const row: UserRow = {
    id: newId(now.getTime()),
    locale: 'id',
    ...user,
    email: normaliseEmail(user.email),
    is_active: 1,
    failed_login_count: 0,
    locked_until: null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

export async function replaceRoles(
  db: Db,
  userId: string,
  roles: readonly RoleGrant[],
  grantedBy: string | null,
  now: Date,
): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length === 0) return;
  await db
    .insertInto('user_roles')
    .values(
      roles.map((g) => ({
        user_id: userId,
        unit_code: g.unitCode,
        role: g.role,
        granted_at: now.toISOString(),
        granted_by: grantedBy,
      })),
    )
    .execute();
}

export async function updateUser(
  db: Db,
  id: string,
  patch: Partial<Omit<UserRow, 'id' | 'created_at'>>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...patch, updated_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

/** Accounts holding a role, optionally on one unit. */
export async function usersWithRole(db: Db, role: StaffRole, unitCode?: string): Promise<UserRow[]> {
  let query = db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .selectAll('users')
    .where('user_roles.role', '=', role);
  if (unitCode) query = query.where('user_roles.unit_code', '=', unitCode);
  return query.orderBy('users.name').execute();
}

/** Staff of a unit (or of every unit) with their roles, for the admin screens. */
export async function listStaff(db: Db, unitCode?: string): Promise<Array<UserRow & { roles: RoleGrant[] }>> {
  let ids = db.selectFrom('user_roles').select('user_id');
  if (unitCode) ids = ids.where('unit_code', '=', unitCode);
  const users = await db.selectFrom('users').selectAll().where('id', 'in', ids).orderBy('name').execute();
  if (users.length === 0) return [];
  const grants = await db
    .selectFrom('user_roles')
    .select(['user_id', 'unit_code', 'role'])
    .where(
      'user_id',
      'in',
      users.map((u) => u.id),
    )
    .execute();
  return users.map((u) => ({
    ...u,
    roles: grants
      .filter((g) => g.user_id === u.id)
      .map((g) => ({ unitCode: g.unit_code, role: g.role as StaffRole })),
  }));
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function recordAccountEvent(
  db: Db,
  event: { actorId: string | null; userId: string; type: string; data: Record<string, unknown> },
  now: Date,
): Promise<void> {
  await db
    .insertInto('account_events')
    .values({
      id: newId(now.getTime()),
      at: now.toISOString(),
      actor_id: event.actorId,
      user_id: event.userId,
      type: event.type,
      data_json: JSON.stringify(event.data),
    })
    .execute();
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Active deployment administrators (admin on a national unit) other than this user. */
export async function otherDeploymentAdmins(db: Db, userId: string): Promise<Array<{ id: string }>> {
  return db
    .selectFrom('user_roles')
    .innerJoin('units', 'units.code', 'user_roles.unit_code')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select('users.id')
    .where('user_roles.role', '=', 'admin')
    .where('units.kind', '=', 'national')
    .where('users.is_active', '=', 1)
    .where('users.id', '!=', userId)
    .execute();
}

/** Whether any active Admin PPE of the unit has said they can be reached. */
export async function anyAdminPpeAvailable(db: Db, unitCode: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('user_roles.unit_code', '=', unitCode)
    .where('user_roles.role', '=', 'admin_ppe')
    .where('users.is_active', '=', 1)
    .where((eb) => eb.or([eb('users.availability', 'is', null), eb('users.availability', '=', 'available')]))
    .executeTakeFirst();
  return row !== undefined;
}
