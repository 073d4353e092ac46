import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FormAlert } from '../../ui/FormAlert';
import { formErrors } from '../../ui/form-errors';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useRequestPasswordReset } from './use-password-reset';

/** `/lupa-sandi`: asks for a one-time link by email; the answer never says whether the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('password.forgot.title'));
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const errors = formErrors(request.error, ['email'], t('errors.unexpected'));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate(email.trim());
  };

  return (
    <>
      <h1>{t('password.forgot.title')}</h1>
      {request.isSuccess ? (
        <div className="notice" role="status">
          <p>{t('password.forgot.sent', { email: request.variables })}</p>
          <p className="muted">{t('password.forgot.sentHint')}</p>
        </div>
      ) : (
        <>
          <p>{t('password.forgot.intro')}</p>
          <FormAlert messages={errors.general} />
          <form className="card form" noValidate onSubmit={submit}>
            <Field
              label={t('password.forgot.email')}
              name="email"
              type="email"
              inputMode="email"
              autoComplete="email"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={errors.fields.email}
            />
            <Button type="submit" isBlock isBusy={request.isPending}>
              {request.isPending ? t('password.forgot.submitting') : t('password.forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <p>
        <Link to="/masuk">{t('password.backToSignIn')}</Link>
      </p>
    </>
  );
}
