import { describe, expect, it } from 'vitest';
import type { User } from '../../api';
import type { Unit } from '../../api';
import { administeredUnits } from './admin-units';

const unit = (code: string, kind: Unit['kind']): Unit => ({
  code,
  kind,
  name: code,
  parentCode: null,
  timezone: 'Asia/Jakarta',
  organization: '',
  address: '',
  phone: '',
  email: '',
  website: '',
});
const units = [unit('lpse-a', 'lpse'), unit('lpse-b', 'lpse'), unit('lkpp-ri', 'national')];
const user = (roles: User['roles']): User => ({
  id: 'u',
  name: 'U',
  email: 'u@x.test',
  phone: null,
  userType: null,
  organization: null,
  roles,
  availability: null,
  isActive: true,
  locale: 'id',
  spseUserId: null,
});

describe('administeredUnits', () => {
  it('gives a unit administrator their units only', () => {
    expect(
      administeredUnits(
        user([
          { unitCode: 'lpse-b', role: 'admin' },
          { unitCode: 'lpse-a', role: 'helpdesk' },
        ]),
        units,
      ).map((u) => u.code),
    ).toEqual(['lpse-b']);
  });

  it('gives the deployment administrator every unit', () => {
    expect(
      administeredUnits(user([{ unitCode: 'lkpp-ri', role: 'admin' }]), units).map((u) => u.code),
    ).toEqual(['lpse-a', 'lpse-b', 'lkpp-ri']);
  });
});
