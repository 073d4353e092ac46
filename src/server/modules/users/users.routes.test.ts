import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { appWithCast, as, json, problem, type Caller } from '../../../test-support/api.js';
import type { UserBody } from '../../../test-support/bodies.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';
import type { UserSchema } from '../accounts/users.presenter.js';

const UNIT = 'lpse-kota-payakumbuh';

/** POST /api/admin/users: the account, and the generated password shown once (or null). */
type CreatedBody = UserBody & { initialPassword: string | null };
type UserListBody = { users: z.infer<typeof UserSchema>[] };

describe.each(TEST_DIALECTS)('staff administration on %s', (dialect) => {
  const given = appWithCast(dialect);

  const post = (caller: Caller, payload: object) => caller.post('/api/admin/users', payload);
  /** Signs an account created by a test in, with the password it was given. */
  const signedIn = async (email: string, password: string) =>
    as(given.app, await given.app.login(email, password));

  it('creates a helpdesk account whose generated password works once printed', async () => {
    const res = await post(given.cast.admin, {
      name: 'Yanti Helpdesk',
      email: 'yanti@payakumbuhkota.go.id',
      roles: [{ unitCode: UNIT, role: 'helpdesk' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const { user, initialPassword } = json<CreatedBody>(res);
    expect(user.roles).toEqual([{ unitCode: UNIT, role: 'helpdesk' }]);
    expect(initialPassword).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
    await given.app.login('yanti@payakumbuhkota.go.id', initialPassword ?? '');
  });

  it('gives one person several roles, and a new Admin PPE starts available', async () => {
    const res = await post(given.cast.admin, {
      name: 'Andi',
      email: 'andi@payakumbuhkota.go.id',
      password: 'kata-sandi-andi',
      roles: [
        { unitCode: UNIT, role: 'helpdesk' },
        { unitCode: UNIT, role: 'admin_ppe' },
      ],
    });
    expect(res.statusCode).toBe(201);
    const created = json<CreatedBody>(res);
    expect(created.user.availability).toBe('available');
    expect(created.initialPassword).toBeNull();
  });

  it('refuses roles that do not belong on a unit', async () => {
    const res = await post(given.cast.admin, {
      name: 'Salah',
      email: 'salah@x.id',
      roles: [{ unitCode: UNIT, role: 'lkpp' }],
    });
    expect(res.statusCode).toBe(400);
    expect(problem(res)).toMatchObject({
      code: 'role_not_allowed_on_unit',
      errors: [{ field: 'roles.0.role' }],
    });
  });

  it('does not let helpdesk or Kepala create staff', async () => {
    for (const caller of [given.cast.helpdesk, given.cast.kepala]) {
      const res = await post(caller, {
        name: 'X Y',
        email: 'xy@x.id',
        roles: [{ unitCode: UNIT, role: 'helpdesk' }],
      });
      expect(res.statusCode).toBe(403);
    }
    const count = await given.app.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'xy@x.id')
      .execute();
    expect(count).toHaveLength(0);
  });

  it('keeps a unit administrator inside their unit', async () => {
    await post(given.cast.admin, {
      name: 'Admin Unit',
      email: 'admin.unit@payakumbuhkota.go.id',
      password: 'kata-sandi-admin',
      roles: [{ unitCode: UNIT, role: 'admin' }],
    });
    const unitAdmin = await signedIn('admin.unit@payakumbuhkota.go.id', 'kata-sandi-admin');
    const national = await post(unitAdmin, {
      name: 'LKPP Baru',
      email: 'baru@lkpp.go.id',
      roles: [{ unitCode: 'lkpp-ri', role: 'lkpp' }],
    });
    expect(national.statusCode).toBe(403);
    const list = await unitAdmin.get(`/api/admin/users?unitCode=${UNIT}`);
    expect(list.statusCode).toBe(200);
    expect(json<UserListBody>(list).users.map((u) => u.email)).toContain('helpdesk@demo.test');
    const all = await unitAdmin.get('/api/admin/users');
    expect(all.statusCode).toBe(403);
  });

  it('changes roles and records who did it', async () => {
    const created = await post(given.cast.admin, {
      name: 'Roni',
      email: 'roni@payakumbuhkota.go.id',
      password: 'kata-sandi-roni',
      roles: [{ unitCode: UNIT, role: 'helpdesk' }],
    });
    const id = json<CreatedBody>(created).user.id;
    const res = await given.cast.admin.put(`/api/admin/users/${id}/roles`, {
      roles: [{ unitCode: UNIT, role: 'kepala' }],
    });
    expect(res.statusCode).toBe(200);
    expect(json<UserBody>(res).user.roles).toEqual([{ unitCode: UNIT, role: 'kepala' }]);
    const events = await given.app.database.db
      .selectFrom('account_events')
      .selectAll()
      .where('user_id', '=', id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['staff_created', 'roles_changed']);
  });

  it('deactivating an account ends its sessions and refuses sign-in', async () => {
    const created = await post(given.cast.admin, {
      name: 'Tono',
      email: 'tono@payakumbuhkota.go.id',
      password: 'kata-sandi-tono',
      roles: [{ unitCode: UNIT, role: 'helpdesk' }],
    });
    const tono = await signedIn('tono@payakumbuhkota.go.id', 'kata-sandi-tono');
    const res = await given.cast.admin.patch(`/api/admin/users/${json<CreatedBody>(created).user.id}`, {
      isActive: false,
    });
    expect(json<UserBody>(res).user.isActive).toBe(false);
    expect((await tono.get('/api/me')).statusCode).toBe(401);
    // Signing in itself: a raw request, as the sign-in page sends it.
    const login = await given.cast.anonymous.post('/api/auth/login', {
      email: 'tono@payakumbuhkota.go.id',
      password: 'kata-sandi-tono',
    });
    expect(login.statusCode).toBe(403);
    expect(problem(login).code).toBe('account_inactive');
  });

  it('never deactivates the last deployment administrator', async () => {
    const me = await given.cast.admin.get('/api/me').then(json<UserBody>);
    const res = await given.cast.admin.patch(`/api/admin/users/${me.user.id}`, { isActive: false });
    expect(res.statusCode).toBe(409);
    expect(problem(res).code).toBe('last_admin');
  });

  it('lets the Admin PPE switch availability, which the helpdesk sees', async () => {
    const { adminppe, helpdesk, lkpp } = given.cast;
    const off = await adminppe.put('/api/me/availability', { availability: 'unreachable' });
    expect(json<UserBody>(off).user.availability).toBe('unreachable');
    const seen = await helpdesk.get(`/api/units/${UNIT}/admin-ppe`);
    expect(
      json<{ adminPpe: Pick<z.infer<typeof UserSchema>, 'name' | 'availability'>[] }>(seen).adminPpe,
    ).toContainEqual(expect.objectContaining({ name: 'Budi Admin PPE', availability: 'unreachable' }));
    expect((await lkpp.get(`/api/units/${UNIT}/admin-ppe`)).statusCode).toBe(403);
    await adminppe.put('/api/me/availability', { availability: 'available' });
  });

  it('refuses availability from someone who is not an Admin PPE', async () => {
    const res = await given.cast.helpdesk.put('/api/me/availability', { availability: 'unreachable' });
    expect(res.statusCode).toBe(403);
    expect(problem(res).code).toBe('not_admin_ppe');
    const bad = await given.cast.adminppe.put('/api/me/availability', { availability: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(problem(bad).errors?.[0]?.field).toBe('availability');
  });
});
