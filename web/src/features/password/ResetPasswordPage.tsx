import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FormAlert } from '../../ui/FormAlert';
import { formErrors } from '../../ui/form-errors';
import { PageMessage } from '../../ui/PageMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useConfirmPasswordReset } from './use-password-reset';

/** `/atur-sandi?token=`: the page the one-time link in the mail opens, to choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('password.reset.title'));
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const errors = formErrors(confirm.error, ['password'], t('errors.unexpected'));

  if (!token) {
    return (
      <PageMessage title={t('password.reset.title')} tone="error">
        <p>{t('password.reset.noToken')}</p>
        <p>
          <Link to="/lupa-sandi">{t('password.reset.askAgain')}</Link>
        </p>
      </PageMessage>
    );
  }
  if (confirm.isSuccess) {
    // The API answers 204 and opens no session: the new password is used to sign in.
    return (
      <PageMessage title={t('password.reset.title')}>
        <p role="status">{t('password.reset.done')}</p>
        <p>
          <Link to="/masuk">{t('password.reset.toSignIn')}</Link>
        </p>
      </PageMessage>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const differs = password !== repeat;
    setMismatch(differs);
    if (!differs) confirm.mutate({ token, password });
  };
  // A used or expired link: the API's message, and the way to ask for a new one.
  const linkProblem = errors.general.length > 0;

  return (
    <>
      <h1>{t('password.reset.title')}</h1>
      <p>{t('password.reset.intro')}</p>
      <FormAlert messages={errors.general} />
      {linkProblem ? (
        <p>
          <Link to="/lupa-sandi">{t('password.reset.askAgain')}</Link>
        </p>
      ) : null}
      <form className="card form" noValidate onSubmit={submit}>
        <Field
          label={t('password.reset.password')}
          hint={t('password.reset.passwordHint')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields.password}
        />
        <Field
          label={t('password.reset.repeat')}
          name="repeat"
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
          error={mismatch ? t('password.reset.mismatch') : undefined}
        />
        <Button type="submit" isBlock isBusy={confirm.isPending}>
          {confirm.isPending ? t('password.reset.submitting') : t('password.reset.submit')}
        </Button>
      </form>
    </>
  );
}
