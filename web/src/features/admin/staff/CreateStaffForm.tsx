import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { FormAlert } from '../../../ui/FormAlert';
import { formErrors } from '../../../ui/form-errors';
import type { Role } from '../../../api';
import { grantableRolesIn } from '../../auth/capabilities';
import { roleLabelKeys } from '../../auth/labels';
import { CopyButton } from '../../console/CopyButton';
import { useConsole } from '../../console/console-context';
import { CheckboxField } from '../../console/forms/CheckboxField';
import type { Unit } from '../../../api';
import { useCreateStaff } from './use-staff';

const FIELDS = ['name', 'email', 'phone', 'roles'];

/** A new staff account with its roles in this unit; the generated password is shown once. */
export function CreateStaffForm({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const create = useCreateStaff(unit.code);
  const { capabilities } = useConsole();
  const grantable = grantableRolesIn(capabilities, unit.code);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const errors = formErrors(create.error, FIELDS, t('errors.unexpected'));
  const roleError =
    errors.fields.roles ??
    Object.entries(create.error?.fieldErrors ?? {}).find(([field]) => field.startsWith('roles.'))?.[1];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      {
        name: name.trim(),
        email: email.trim(),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        roles: roles.map((role) => ({ unitCode: unit.code, role })),
      },
      {
        onSuccess: () => {
          setName('');
          setEmail('');
          setPhone('');
          setRoles([]);
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="create-staff-title">
      <h2 id="create-staff-title">{t('admin.staff.createTitle')}</h2>
      {create.data ? (
        <div className="notice" role="status">
          <p>{t('admin.staff.created', { email: create.data.user.email })}</p>
          {create.data.initialPassword ? (
            <>
              <p>
                {t('admin.staff.initialPassword')}:{' '}
                <span className="secret" data-testid="initial-password">
                  {create.data.initialPassword}
                </span>
              </p>
              <p>
                {t('admin.staff.initialPasswordHint')} <CopyButton text={create.data.initialPassword} />
              </p>
            </>
          ) : null}
        </div>
      ) : null}
      <form className="form" noValidate onSubmit={submit}>
        <FormAlert messages={errors.general} />
        <Field
          label={t('admin.staff.name')}
          name="name"
          required
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
        />
        <Field
          label={t('admin.staff.email')}
          name="email"
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.email}
        />
        <Field
          label={t('admin.staff.phone')}
          name="phone"
          type="tel"
          autoComplete="off"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          error={errors.fields.phone}
        />
        <fieldset className="fieldset" aria-describedby={roleError ? 'create-staff-roles-error' : undefined}>
          <legend>{t('admin.staff.createRoles', { unit: unit.name })}</legend>
          {grantable.map((role) => (
            <CheckboxField
              key={role}
              label={t(roleLabelKeys[role])}
              checked={roles.includes(role)}
              onChange={(e) =>
                setRoles((previous) =>
                  e.target.checked ? [...previous, role] : previous.filter((r) => r !== role),
                )
              }
            />
          ))}
          {roleError ? (
            <p className="field__error" id="create-staff-roles-error">
              {roleError}
            </p>
          ) : null}
        </fieldset>
        <Button type="submit" isBusy={create.isPending}>
          {create.isPending ? t('admin.staff.creating') : t('admin.staff.create')}
        </Button>
      </form>
    </section>
  );
}
