import { describe, expect, it } from 'vitest';
import { appWithCast, type Cast } from '../../../test-support/api.js';
import { TEST_DIALECTS } from '../../../test-support/databases.js';

const PYK = 'lpse-kota-payakumbuh';
const LKPP = 'lkpp-ri';
const LPSE_ROLES = ['helpdesk', 'admin_ppe', 'kepala', 'admin'];
const NATIONAL_ROLES = ['lkpp', 'lkpp_teknis', 'admin'];

/** `GET /api/me` says what each demo account may do; the web renders from it. */
describe.each(TEST_DIALECTS)('what /api/me says an account may do on %s', (dialect) => {
  const t = appWithCast(dialect);

  it.each([
    [
      'helpdesk',
      {
        deployment: ['console'],
        units: [
          {
            unitCode: PYK,
            capabilities: ['serve', 'intake', 'handle', 'manageCategories', 'readHeldMail'],
            grantableRoles: [],
          },
        ],
      },
    ],
    [
      'adminppe',
      {
        deployment: ['console'],
        units: [
          { unitCode: PYK, capabilities: ['serve', 'handle', 'reportAvailability'], grantableRoles: [] },
        ],
      },
    ],
    [
      'kepala',
      {
        deployment: ['console'],
        units: [{ unitCode: PYK, capabilities: ['serve', 'coordinate', 'readReports'], grantableRoles: [] }],
      },
    ],
    [
      'admin',
      {
        deployment: ['console', 'administerDeployment'],
        units: [
          {
            unitCode: LKPP,
            capabilities: ['administer', 'manageCategories', 'readHeldMail'],
            grantableRoles: NATIONAL_ROLES,
          },
          {
            unitCode: PYK,
            capabilities: ['serve', 'readReports', 'administer', 'manageCategories', 'readHeldMail'],
            grantableRoles: LPSE_ROLES,
          },
        ],
      },
    ],
    [
      'lkpp',
      { deployment: ['console'], units: [{ unitCode: LKPP, capabilities: ['handle'], grantableRoles: [] }] },
    ],
    [
      'lkppTeknis',
      { deployment: ['console'], units: [{ unitCode: LKPP, capabilities: ['handle'], grantableRoles: [] }] },
    ],
    ['penyedia', { deployment: [], units: [] }],
  ] as const)('%s', async (who, expected) => {
    const me = await t.cast[who as keyof Cast].get('/api/me');
    expect(me.statusCode, me.body).toBe(200);
    const { capabilities } = me.json() as { capabilities: { units: { unitCode: string }[] } };
    expect({
      ...capabilities,
      units: [...capabilities.units].sort((a, b) => a.unitCode.localeCompare(b.unitCode)),
    }).toEqual(expected);
  });

  it('answers 401 to nobody', async () => {
    expect((await t.cast.anonymous.get('/api/me')).statusCode).toBe(401);
  });

  it('agrees with what the server enforces', async () => {
    const c = t.cast;
    // readReports: the Kepala reads the unit's reports; the helpdesk does not.
    const month = '/api/units/lpse-kota-payakumbuh/reports/summary?from=2026-03-01&to=2026-03-31';
    expect((await c.kepala.get(month)).statusCode).toBe(200);
    expect((await c.helpdesk.get(month)).statusCode).toBe(403);
    // reportAvailability: only the Admin PPE says whether they can be reached.
    expect((await c.helpdesk.put('/api/me/availability', { availability: 'available' })).statusCode).toBe(
      403,
    );
    expect((await c.adminppe.put('/api/me/availability', { availability: 'available' })).statusCode).toBe(
      200,
    );
  });
});
