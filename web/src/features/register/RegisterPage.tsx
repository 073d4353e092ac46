import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FormAlert } from '../../ui/FormAlert';
import { formErrors } from '../../ui/form-errors';
import { SelectField } from '../../ui/SelectField';
import { useFocusFirstError } from '../../ui/use-focus-first-error';
import { useDocumentTitle } from '../../ui/use-document-title';
import type { UserType } from '../../api';
import { userTypeLabelKeys } from '../auth/labels';
import { safeNextPath, signInPath } from '../auth/safe-next';
import { useMe } from '../auth/use-me';
import type { Registration } from '../../api';
import { useRegister } from './use-register';

const FIELDS = ['name', 'email', 'password', 'phone', 'userType', 'organization', 'spseUserId'] as const;
type FieldName = (typeof FIELDS)[number];
type Values = Record<FieldName, string>;

const empty: Values = {
  name: '',
  email: '',
  password: '',
  phone: '',
  userType: 'penyedia',
  organization: '',
  spseUserId: '',
};

/** The form's values as the API wants them: trimmed, the optional SPSE user id left out when empty. */
function toRegistration(values: Values): Registration {
  const spseUserId = values.spseUserId.trim();
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    password: values.password,
    phone: values.phone.trim(),
    userType: values.userType as UserType,
    organization: values.organization.trim(),
    ...(spseUserId ? { spseUserId } : {}),
  };
}

/** `/daftar`: a service user (vendor, PPK, Pokja, PP…) creates an account and is signed in. */
export function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('register.title'));
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'), '/tiket');
  const me = useMe();
  const register = useRegister();
  const [values, setValues] = useState<Values>(empty);
  const errors = formErrors(register.error, FIELDS, t('errors.unexpected'));
  const refFor = useFocusFirstError(register.error?.fieldErrors, FIELDS);

  if (me.data) return <Navigate to={next} replace />;

  const set = (field: FieldName) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const field = (name: FieldName) => ({
    name,
    value: values[name],
    onChange: set(name),
    error: errors.fields[name],
    ref: refFor(name),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    register.mutate(toRegistration(values));
  };
  const userTypes = (Object.keys(userTypeLabelKeys) as UserType[]).map((value) => ({
    value,
    label: t(userTypeLabelKeys[value]),
  }));

  return (
    <>
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      <FormAlert messages={errors.general} />
      <form className="card form" noValidate onSubmit={submit}>
        <Field label={t('register.name')} autoComplete="name" required {...field('name')} />
        <Field
          label={t('register.email')}
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          {...field('email')}
        />
        <Field
          label={t('register.password')}
          hint={t('register.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          {...field('password')}
        />
        <Field
          label={t('register.phone')}
          hint={t('register.phoneHint')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          {...field('phone')}
        />
        <SelectField
          label={t('register.userType')}
          options={userTypes}
          name="userType"
          value={values.userType}
          onChange={set('userType')}
          error={errors.fields.userType}
          ref={refFor('userType')}
        />
        <Field
          label={t('register.organization')}
          hint={t('register.organizationHint')}
          autoComplete="organization"
          required
          {...field('organization')}
        />
        <Field
          label={t('register.spseUserId')}
          hint={t('register.spseUserIdHint')}
          autoComplete="off"
          spellCheck={false}
          {...field('spseUserId')}
        />
        <p className="muted">{t('register.privacy')}</p>
        <Button type="submit" isBlock isBusy={register.isPending}>
          {register.isPending ? t('register.submitting') : t('register.submit')}
        </Button>
      </form>
      <p>
        {t('register.haveAccount')} <Link to={signInPath(next)}>{t('register.signIn')}</Link>
      </p>
    </>
  );
}
