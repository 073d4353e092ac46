import { describe, expect, it } from 'vitest';
import type { Capabilities } from '../../api';
import { canAnywhere, canDeployment, canIn, grantableRolesIn, unitsWhere } from './capabilities';

const capabilities: Capabilities = {
  deployment: ['console'],
  units: [
    { unitCode: 'lpse-a', capabilities: ['serve', 'intake'], grantableRoles: [] },
    {
      unitCode: 'lpse-b',
      capabilities: ['administer', 'readReports'],
      grantableRoles: ['helpdesk', 'admin_ppe', 'kepala', 'admin'],
    },
  ],
};
const units = [{ code: 'lkpp-ri' }, { code: 'lpse-b' }, { code: 'lpse-a' }];

describe('capabilities', () => {
  it('answers per unit, anywhere and across the deployment from what the server said', () => {
    expect(canIn(capabilities, 'intake', 'lpse-a')).toBe(true);
    expect(canIn(capabilities, 'intake', 'lpse-b')).toBe(false);
    expect(canIn(capabilities, 'intake', null)).toBe(false);
    expect(canAnywhere(capabilities, 'administer')).toBe(true);
    expect(canAnywhere(capabilities, 'coordinate')).toBe(false);
    expect(canDeployment(capabilities, 'console')).toBe(true);
    expect(canDeployment(capabilities, 'administerDeployment')).toBe(false);
  });

  it('keeps the order of the units given, and the roles each unit may grant', () => {
    expect(unitsWhere(capabilities, 'readReports', units)).toEqual([{ code: 'lpse-b' }]);
    expect(unitsWhere(capabilities, 'serve', units)).toEqual([{ code: 'lpse-a' }]);
    expect(grantableRolesIn(capabilities, 'lpse-b')).toEqual(['helpdesk', 'admin_ppe', 'kepala', 'admin']);
    expect(grantableRolesIn(capabilities, 'lpse-a')).toEqual([]);
    expect(grantableRolesIn(capabilities, 'lkpp-ri')).toEqual([]);
  });
});
