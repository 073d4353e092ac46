import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import { formErrors } from '../../ui/form-errors';
import type { MailPreferences } from '../../api';
import { CheckboxField } from '../console/forms/CheckboxField';
import { MAIL_SWITCHES, useMailPreferences, useSaveMailPreferences } from './use-mail-preferences';

function SwitchesForm({ stored }: { stored: MailPreferences['mail'] }) {
  const { t } = useTranslation();
  const save = useSaveMailPreferences();
  const [switches, setSwitches] = useState(stored);
  const errors = formErrors(save.error, [], t('errors.unexpected'));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(switches);
  };

  return (
    <form className="card form form--wide account-mail" noValidate onSubmit={submit}>
      <fieldset className="fieldset">
        <legend>{t('auth.account.mail.legend')}</legend>
        <p className="muted">{t('auth.account.mail.intro')}</p>
        <FormAlert messages={errors.general} />
        {MAIL_SWITCHES.map((name) => (
          <CheckboxField
            key={name}
            name={name}
            label={t(`auth.account.mail.switches.${name}`)}
            checked={switches[name]}
            onChange={(e) => {
              const on = e.target.checked;
              save.reset();
              setSwitches((current) => ({ ...current, [name]: on }));
            }}
          />
        ))}
        <Button type="submit" variant="secondary" isBusy={save.isPending}>
          {t('auth.account.mail.save')}
        </Button>
        {save.isSuccess ? <p role="status">{t('auth.account.mail.saved')}</p> : null}
      </fieldset>
    </form>
  );
}

/**
 * `/akun`, for staff: which notices also come by mail. Every staff mail links here; notices in
 * the app always arrive, and mail to reporters is not switchable.
 */
export function MailPreferencesForm() {
  const { t } = useTranslation();
  const preferences = useMailPreferences();
  if (preferences.isPending) return <LoadingMessage />;
  if (preferences.isError) {
    return (
      <QueryErrorMessage
        title={t('auth.account.mail.legend')}
        error={preferences.error}
        onRetry={() => void preferences.refetch()}
      />
    );
  }
  return (
    <section aria-labelledby="mail-preferences-title">
      <h2 id="mail-preferences-title">{t('auth.account.mail.title')}</h2>
      <SwitchesForm stored={preferences.data.mail} />
    </section>
  );
}
