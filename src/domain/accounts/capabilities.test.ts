import { describe, expect, it } from 'vitest';
import {
  can,
  canAdministerUnit,
  canAnywhere,
  capabilitiesOf,
  UNIT_CAPABILITIES,
  type UnitRef,
} from './capabilities.js';
import { hasRole, isDeploymentAdmin, type Actor, type ActorGrant } from './roles.js';

const PYK: UnitRef = { code: 'lpse-kota-payakumbuh', kind: 'lpse' };
const PDG: UnitRef = { code: 'lpse-kota-padang', kind: 'lpse' };
const LKPP: UnitRef = { code: 'lkpp-ri', kind: 'national' };
const UNITS = [PYK, PDG, LKPP];

const at = (unit: UnitRef, role: ActorGrant['role']): ActorGrant => ({
  unitCode: unit.code,
  unitKind: unit.kind,
  role,
});
const actor = (...roles: ActorGrant[]): Actor => ({ userId: 'u', roles });

const ACTORS = {
  helpdesk: actor(at(PYK, 'helpdesk')),
  adminppe: actor(at(PYK, 'admin_ppe')),
  kepala: actor(at(PYK, 'kepala')),
  admin: actor(at(PYK, 'admin'), at(LKPP, 'admin')),
  unitAdmin: actor(at(PYK, 'admin')),
  nationalAdmin: actor(at(LKPP, 'admin')),
  lkpp: actor(at(LKPP, 'lkpp')),
  lkpp_teknis: actor(at(LKPP, 'lkpp_teknis')),
  penyedia: actor(),
} satisfies Record<string, Actor>;

const LPSE_ROLES = ['helpdesk', 'admin_ppe', 'kepala', 'admin'];
const NATIONAL_ROLES = ['lkpp', 'lkpp_teknis', 'admin'];
const ADMIN_ELSEWHERE = ['administer', 'manageCategories', 'readReports', 'readHeldMail'];

describe('capabilitiesOf', () => {
  it.each([
    [
      'helpdesk',
      ['console'],
      [
        {
          unitCode: PYK.code,
          capabilities: ['serve', 'intake', 'handle', 'manageCategories', 'readHeldMail'],
          grantableRoles: [],
        },
      ],
    ],
    [
      'adminppe',
      ['console'],
      [{ unitCode: PYK.code, capabilities: ['serve', 'handle', 'reportAvailability'], grantableRoles: [] }],
    ],
    [
      'kepala',
      ['console'],
      [{ unitCode: PYK.code, capabilities: ['serve', 'coordinate', 'readReports'], grantableRoles: [] }],
    ],
    [
      'admin',
      ['console', 'administerDeployment'],
      [
        {
          unitCode: PYK.code,
          capabilities: ['serve', 'readReports', 'administer', 'manageCategories', 'readHeldMail'],
          grantableRoles: LPSE_ROLES,
        },
        {
          unitCode: PDG.code,
          capabilities: ['readReports', 'administer', 'manageCategories', 'readHeldMail'],
          grantableRoles: LPSE_ROLES,
        },
        {
          unitCode: LKPP.code,
          capabilities: ['administer', 'manageCategories', 'readHeldMail'],
          grantableRoles: NATIONAL_ROLES,
        },
      ],
    ],
    [
      'unitAdmin',
      ['console'],
      [
        {
          unitCode: PYK.code,
          capabilities: ['serve', 'readReports', 'administer', 'manageCategories', 'readHeldMail'],
          grantableRoles: LPSE_ROLES,
        },
      ],
    ],
    ['lkpp', ['console'], [{ unitCode: LKPP.code, capabilities: ['handle'], grantableRoles: [] }]],
    ['lkpp_teknis', ['console'], [{ unitCode: LKPP.code, capabilities: ['handle'], grantableRoles: [] }]],
    ['penyedia', [], []],
  ] as const)('%s', (name, deployment, units) => {
    expect(capabilitiesOf(ACTORS[name], UNITS)).toEqual({ deployment, units });
  });

  it('gives the deployment administrator every unit without serving any', () => {
    const { units } = capabilitiesOf(ACTORS.nationalAdmin, UNITS);
    expect(units.map((u) => u.unitCode)).toEqual([PYK.code, PDG.code, LKPP.code]);
    for (const u of units) {
      expect(u.capabilities).not.toContain('serve');
      expect(u.capabilities.filter((c) => !ADMIN_ELSEWHERE.includes(c))).toEqual([]);
    }
  });
});

describe('the guards ask the same function', () => {
  it('keeps the rules the guards enforced before, on every actor and unit', () => {
    for (const a of Object.values(ACTORS)) {
      for (const unit of UNITS) {
        const administers = isDeploymentAdmin(a) || hasRole(a, 'admin', unit.code);
        expect(can(a, 'administer', unit)).toBe(administers);
        expect(canAdministerUnit(a, unit.code)).toBe(administers);
        // Reports: the Kepala LPSE and the administrators, of an LPSE unit.
        expect(can(a, 'readReports', unit)).toBe(
          unit.kind === 'lpse' && (hasRole(a, 'kepala', unit.code) || administers),
        );
        // Held mail and categories: the unit's helpdesk and its administrators.
        const helpdeskOrAdmin = hasRole(a, 'helpdesk', unit.code) || administers;
        expect(can(a, 'readHeldMail', unit)).toBe(helpdeskOrAdmin);
        expect(can(a, 'manageCategories', unit)).toBe(helpdeskOrAdmin);
        // Intake: the unit's helpdesk, on an LPSE unit.
        expect(can(a, 'intake', unit)).toBe(hasRole(a, 'helpdesk', unit.code) && unit.kind === 'lpse');
      }
    }
  });

  it('no capability is given by nothing', () => {
    for (const c of UNIT_CAPABILITIES) expect(canAnywhere(ACTORS.penyedia, c)).toBe(false);
    expect(canAnywhere(ACTORS.adminppe, 'reportAvailability')).toBe(true);
    expect(canAnywhere(ACTORS.helpdesk, 'reportAvailability')).toBe(false);
  });
});
