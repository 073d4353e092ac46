import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { registerPath, safeNextPath } from './safe-next';
import { canDeployment } from './capabilities';
import { useCapabilities, useMe } from './use-me';
import { useSignIn } from './use-sign-in';

/** `/masuk`: email and password; the API's errors shown beside the field they concern. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signIn.title'));
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const me = useMe();
  const capabilities = useCapabilities();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const error = signIn.error;
  const emailError = error?.fieldErrors.email;
  const passwordError = error?.fieldErrors.password;
  // Wrong password, too many attempts, server down: the API's own message, above the form.
  const formError = error && !emailError && !passwordError ? error.message : undefined;

  // After a failed attempt, take the user to what needs fixing.
  useEffect(() => {
    if (!error) return;
    if (error.fieldErrors.email) emailRef.current?.focus();
    else if (error.fieldErrors.password) passwordRef.current?.focus();
    else alertRef.current?.focus();
  }, [error]);

  // Signed in already, or just now (useSignIn stores the user): go on.
  // Staff land on their console, service users on their account, unless a page sent them here.
  if (me.data) {
    if (searchParams.get('next')) return <Navigate to={next} replace />;
    if (capabilities.isPending) return <LoadingMessage />;
    const isStaff = capabilities.data ? canDeployment(capabilities.data, 'console') : false;
    return <Navigate to={isStaff ? '/konsol' : '/akun'} replace />;
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <>
      <h1>{t('auth.signIn.title')}</h1>
      <p>{t('auth.signIn.intro')}</p>
      {formError ? (
        <div className="notice notice--error form" role="alert" tabIndex={-1} ref={alertRef}>
          <p>{formError}</p>
        </div>
      ) : null}
      {/* The server validates; the browser's own bubbles would ignore the UI language. */}
      <form className="card form" noValidate onSubmit={submit}>
        <Field
          ref={emailRef}
          label={t('auth.signIn.email')}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={emailError}
        />
        <Field
          ref={passwordRef}
          label={t('auth.signIn.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={passwordError}
        />
        <Button type="submit" isBlock isBusy={signIn.isPending}>
          {signIn.isPending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </Button>
      </form>
      <p>
        <Link to="/lupa-sandi">{t('password.forgotLink')}</Link>
      </p>
      <p>
        {t('register.noAccount')}{' '}
        <Link to={searchParams.get('next') ? registerPath(next) : '/daftar'}>{t('register.link')}</Link>
      </p>
    </>
  );
}
