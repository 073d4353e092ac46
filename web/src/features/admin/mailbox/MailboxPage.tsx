import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingMessage } from '../../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../../ui/QueryErrorMessage';
import { SelectField } from '../../../ui/SelectField';
import { formErrors } from '../../../ui/form-errors';
import { wholeNumber } from '../../../ui/form-values';
import { CheckboxField } from '../../console/forms/CheckboxField';
import { formatDateTime } from '../../console/format';
import { useAdminUnit } from '../admin-context';
import type { MailboxSettings, MailboxState } from '../../../api';
import { useMailbox, useMailboxChanges } from './use-mailbox';

// Fields that show their own error; any other (the checkboxes cannot be wrong) goes to the form's alert.
const FIELDS = [
  'host',
  'port',
  'user',
  'passwordEnv',
  'folder',
  'address',
  'defaultKind',
  'importSince',
  'senderLimitPerHour',
] as const;

type Draft = Record<
  'host' | 'port' | 'user' | 'passwordEnv' | 'folder' | 'address' | 'importSince' | 'senderLimitPerHour',
  string
> &
  Pick<MailboxSettings, 'secure' | 'defaultKind' | 'enabled'>;

function draftOf(settings: MailboxSettings | null, prefix: string): Draft {
  return {
    host: settings?.host ?? '',
    port: String(settings?.port ?? 993),
    secure: settings?.secure ?? true,
    user: settings?.user ?? '',
    passwordEnv: settings?.passwordEnv ?? `${prefix}IMAP`,
    folder: settings?.folder ?? 'INBOX',
    address: settings?.address ?? '',
    defaultKind: settings?.defaultKind ?? 'complaint',
    importSince: settings?.importSince ?? '',
    senderLimitPerHour: String(settings?.senderLimitPerHour ?? 10),
    enabled: settings?.enabled ?? true,
  };
}

function bodyOf(draft: Draft): MailboxSettings {
  return {
    host: draft.host,
    port: wholeNumber(draft.port),
    secure: draft.secure,
    user: draft.user,
    passwordEnv: draft.passwordEnv.trim(),
    folder: draft.folder,
    ...(draft.address.trim() ? { address: draft.address.trim() } : {}),
    defaultKind: draft.defaultKind,
    ...(draft.importSince ? { importSince: draft.importSince } : {}),
    senderLimitPerHour: wholeNumber(draft.senderLimitPerHour),
    enabled: draft.enabled,
  };
}

/** How reading the mailbox goes: the password variable, the last read and its error. */
function ImportStatus({ state, timeZone }: { state: MailboxState; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mailbox = state.mailbox;
  if (!mailbox) return <p className="notice">{t('admin.mailbox.none')}</p>;
  const run = state.import;
  return (
    <section className="card" aria-labelledby="mailbox-status-title">
      <h3 id="mailbox-status-title">{t('admin.mailbox.statusTitle')}</h3>
      <dl className="details details--compact">
        <div className="details__row">
          <dt>{t('admin.mailbox.readFrom')}</dt>
          <dd>{`${mailbox.user} · ${mailbox.host}:${mailbox.port} · ${mailbox.folder}`}</dd>
        </div>
        <div className="details__row">
          <dt>{t('admin.mailbox.replyAddress')}</dt>
          <dd>{state.address ?? t('admin.mailbox.noAddress')}</dd>
        </div>
        <div className="details__row">
          <dt>{t('admin.mailbox.state')}</dt>
          <dd>{mailbox.enabled ? t('admin.mailbox.reading') : t('admin.mailbox.paused')}</dd>
        </div>
        <div className="details__row">
          <dt>{t('admin.mailbox.lastRun')}</dt>
          <dd>
            {run?.lastRunAt ? formatDateTime(run.lastRunAt, language, timeZone) : t('admin.mailbox.notYet')}
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('admin.mailbox.source')}</dt>
          <dd>{state.source === 'file' ? t('admin.mailbox.fromFile') : t('admin.mailbox.fromConsole')}</dd>
        </div>
      </dl>
      {state.passwordSet ? null : (
        <p className="notice notice--warning" role="alert">
          {t('admin.mailbox.passwordMissing', { name: mailbox.passwordEnv })}
        </p>
      )}
      {run?.lastError ? (
        <p className="notice notice--error" role="alert">
          {t('admin.mailbox.lastError', { error: run.lastError })}
        </p>
      ) : null}
    </section>
  );
}

function MailboxForm({ state, unitCode }: { state: MailboxState; unitCode: string }) {
  const { t } = useTranslation();
  const { save, remove } = useMailboxChanges(unitCode);
  const [draft, setDraft] = useState(() => draftOf(state.mailbox, state.passwordEnvPrefix));
  const errors = formErrors(save.error ?? remove.error, [...FIELDS], t('errors.unexpected'));
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    remove.reset();
    save.mutate(bodyOf(draft));
  };
  const stop = () => {
    if (!window.confirm(t('admin.mailbox.stopConfirm'))) return;
    save.reset();
    remove.mutate(undefined, { onSuccess: () => setDraft(draftOf(null, state.passwordEnvPrefix)) });
  };
  return (
    <form className="card form" noValidate onSubmit={submit}>
      <h3>{state.mailbox ? t('admin.mailbox.editTitle') : t('admin.mailbox.connectTitle')}</h3>
      <FormAlert messages={errors.general} />
      <Field
        label={t('admin.mailbox.host')}
        hint={t('admin.mailbox.hostHint')}
        name="host"
        required
        autoComplete="off"
        value={draft.host}
        onChange={(e) => set('host')(e.target.value)}
        error={errors.fields.host}
      />
      <Field
        label={t('admin.mailbox.port')}
        name="port"
        inputMode="numeric"
        required
        value={draft.port}
        onChange={(e) => set('port')(e.target.value)}
        error={errors.fields.port}
      />
      <CheckboxField
        label={t('admin.mailbox.secure')}
        hint={t('admin.mailbox.secureHint')}
        name="secure"
        checked={draft.secure}
        onChange={(e) => set('secure')(e.target.checked)}
      />
      <Field
        label={t('admin.mailbox.user')}
        name="user"
        required
        autoComplete="off"
        value={draft.user}
        onChange={(e) => set('user')(e.target.value)}
        error={errors.fields.user}
      />
      <Field
        label={t('admin.mailbox.passwordEnv')}
        hint={t('admin.mailbox.passwordEnvHint', { prefix: state.passwordEnvPrefix })}
        name="passwordEnv"
        required
        autoComplete="off"
        spellCheck={false}
        value={draft.passwordEnv}
        onChange={(e) => set('passwordEnv')(e.target.value)}
        error={errors.fields.passwordEnv}
      />
      <Field
        label={t('admin.mailbox.folder')}
        name="folder"
        required
        value={draft.folder}
        onChange={(e) => set('folder')(e.target.value)}
        error={errors.fields.folder}
      />
      <Field
        label={t('admin.mailbox.address')}
        hint={t('admin.mailbox.addressHint')}
        name="address"
        type="email"
        value={draft.address}
        onChange={(e) => set('address')(e.target.value)}
        error={errors.fields.address}
      />
      <SelectField
        label={t('admin.mailbox.defaultKind')}
        name="defaultKind"
        value={draft.defaultKind}
        options={[
          { value: 'complaint', label: t('admin.mailbox.kinds.complaint') },
          { value: 'question', label: t('admin.mailbox.kinds.question') },
        ]}
        onChange={(e) => set('defaultKind')(e.target.value === 'question' ? 'question' : 'complaint')}
        error={errors.fields.defaultKind}
      />
      <Field
        label={t('admin.mailbox.importSince')}
        hint={t('admin.mailbox.importSinceHint')}
        name="importSince"
        type="date"
        value={draft.importSince}
        onChange={(e) => set('importSince')(e.target.value)}
        error={errors.fields.importSince}
      />
      <Field
        label={t('admin.mailbox.senderLimit')}
        hint={t('admin.mailbox.senderLimitHint')}
        name="senderLimitPerHour"
        inputMode="numeric"
        required
        value={draft.senderLimitPerHour}
        onChange={(e) => set('senderLimitPerHour')(e.target.value)}
        error={errors.fields.senderLimitPerHour}
      />
      <CheckboxField
        label={t('admin.mailbox.enabled')}
        hint={t('admin.mailbox.enabledHint')}
        name="enabled"
        checked={draft.enabled}
        onChange={(e) => set('enabled')(e.target.checked)}
      />
      <div className="button-row">
        <Button type="submit" isBusy={save.isPending}>
          {t('admin.mailbox.save')}
        </Button>
        {state.mailbox ? (
          <Button type="button" variant="secondary" isBusy={remove.isPending} onClick={stop}>
            {t('admin.mailbox.stop')}
          </Button>
        ) : null}
      </div>
      {save.isSuccess ? <p role="status">{t('admin.saved')}</p> : null}
      {remove.isSuccess ? <p role="status">{t('admin.mailbox.stopped')}</p> : null}
    </form>
  );
}

/** `/konsol/admin/kotak-surel`: the complaint mailbox the unit's mail tickets come from (IMAP). */
export function MailboxPage() {
  const { t } = useTranslation();
  const unit = useAdminUnit();
  const mailbox = useMailbox(unit.code);
  return (
    <>
      <h2>{t('admin.mailbox.title')}</h2>
      <p>{t('admin.mailbox.intro')}</p>
      {mailbox.isPending ? <LoadingMessage /> : null}
      {mailbox.isError ? (
        <QueryErrorMessage
          title={t('admin.mailbox.title')}
          error={mailbox.error}
          onRetry={() => void mailbox.refetch()}
        />
      ) : null}
      {mailbox.data ? (
        <>
          <ImportStatus state={mailbox.data} timeZone={unit.timezone} />
          <MailboxForm state={mailbox.data} unitCode={unit.code} />
        </>
      ) : null}
    </>
  );
}
