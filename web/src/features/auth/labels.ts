import type { ParseKeys } from 'i18next';
import type { Role, UserType } from '../../api';

/** A label for every role; a new role fails to compile until it has one. */
export const roleLabelKeys = {
  helpdesk: 'roles.helpdesk',
  admin_ppe: 'roles.admin_ppe',
  kepala: 'roles.kepala',
  admin: 'roles.admin',
  lkpp: 'roles.lkpp',
  lkpp_teknis: 'roles.lkpp_teknis',
} as const satisfies Record<Role, ParseKeys>;

export const userTypeLabelKeys = {
  penyedia: 'userTypes.penyedia',
  ppk: 'userTypes.ppk',
  pokja: 'userTypes.pokja',
  pp: 'userTypes.pp',
  other: 'userTypes.other',
} as const satisfies Record<UserType, ParseKeys>;
