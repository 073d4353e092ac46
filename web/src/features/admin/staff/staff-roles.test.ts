import { describe, expect, it } from 'vitest';
import { withUnitRoles } from './staff-roles';

describe('staff roles', () => {
  it('replaces the roles of one unit and keeps the others', () => {
    const grants = [
      { unitCode: 'lpse-a', role: 'helpdesk' as const },
      { unitCode: 'lkpp-ri', role: 'admin' as const },
    ];
    expect(withUnitRoles(grants, 'lpse-a', ['admin_ppe', 'kepala'])).toEqual([
      { unitCode: 'lkpp-ri', role: 'admin' },
      { unitCode: 'lpse-a', role: 'admin_ppe' },
      { unitCode: 'lpse-a', role: 'kepala' },
    ]);
    expect(withUnitRoles(grants, 'lpse-a', [])).toEqual([{ unitCode: 'lkpp-ri', role: 'admin' }]);
  });
});
