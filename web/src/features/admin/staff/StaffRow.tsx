import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../../../ui/FormAlert';
import { formErrors } from '../../../ui/form-errors';
import type { Role } from '../../../api';
import { grantableRolesIn } from '../../auth/capabilities';
import { roleLabelKeys } from '../../auth/labels';
import { useConsole } from '../../console/console-context';
import { CheckboxField } from '../../console/forms/CheckboxField';
import type { StaffMember, Unit } from '../../../api';
import { withUnitRoles } from './staff-roles';
import { useChangeRoles, useSetActive } from './use-staff';

/** One staff member: their roles in this unit (editable), other units' roles (kept), active or not. */
export function StaffRow({ member, unit }: { member: StaffMember; unit: Unit }) {
  const { t } = useTranslation();
  const { capabilities } = useConsole();
  const offered = grantableRolesIn(capabilities, unit.code);
  const current = member.roles.filter((grant) => grant.unitCode === unit.code).map((grant) => grant.role);
  const others = member.roles.filter((grant) => grant.unitCode !== unit.code);
  const [roles, setRoles] = useState<Role[]>(current);
  const changeRoles = useChangeRoles(unit.code);
  const setActive = useSetActive(unit.code);
  const errors = formErrors(changeRoles.error ?? setActive.error, [], t('errors.unexpected'));
  const toggle = (role: Role, on: boolean) =>
    setRoles((previous) => (on ? [...previous, role] : previous.filter((r) => r !== role)));
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    changeRoles.mutate({ userId: member.id, roles: withUnitRoles(member.roles, unit.code, roles) });
  };

  return (
    <li className={member.isActive ? 'card staff-row' : 'card staff-row staff-row--inactive'}>
      <h3 className="staff-row__name">{member.name}</h3>
      <p className="muted">
        {member.email} · {member.isActive ? t('admin.staff.active') : t('admin.staff.inactive')}
      </p>
      {others.length > 0 ? (
        <p className="muted">
          {t('admin.staff.otherRoles', {
            roles: others.map((g) => `${t(roleLabelKeys[g.role])} (${g.unitCode})`).join(', '),
          })}
        </p>
      ) : null}
      <FormAlert messages={errors.general} />
      <form noValidate onSubmit={save}>
        <fieldset className="fieldset fieldset--inline">
          <legend>{t('admin.staff.rolesLegend', { name: member.name, unit: unit.name })}</legend>
          {offered.map((role) => (
            <CheckboxField
              key={role}
              label={t(roleLabelKeys[role])}
              checked={roles.includes(role)}
              onChange={(e) => toggle(role, e.target.checked)}
            />
          ))}
        </fieldset>
        <p className="button-row">
          <Button type="submit" variant="secondary" isBusy={changeRoles.isPending}>
            {t('admin.staff.saveRoles')}
          </Button>
          <Button
            variant="secondary"
            isBusy={setActive.isPending}
            onClick={() => setActive.mutate({ userId: member.id, isActive: !member.isActive })}
          >
            {member.isActive
              ? t('admin.staff.deactivate', { name: member.name })
              : t('admin.staff.activate', { name: member.name })}
          </Button>
        </p>
        {changeRoles.isSuccess ? <p role="status">{t('admin.saved')}</p> : null}
      </form>
    </li>
  );
}
