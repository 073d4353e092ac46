import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FormAlert } from '../../ui/FormAlert';
import { formErrors } from '../../ui/form-errors';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { TrackedTicketView } from './TrackedTicketView';
import { useTrackedTicket, type TrackKey } from './use-track';

type Missing = { code?: string; pin?: string };

/**
 * `/lacak`: "Lacak tiket". A caller, a walk-in visitor or anyone given a code and PIN follows
 * the ticket here; `?kode=` pre-fills the code (a link in a mail or an SMS).
 */
export function TrackPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('track.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const [code, setCode] = useState(searchParams.get('kode') ?? '');
  const [pin, setPin] = useState('');
  const [missing, setMissing] = useState<Missing>({});
  const [trackKey, setTrackKey] = useState<TrackKey | null>(null);
  const tracked = useTrackedTicket(trackKey);

  const errors = formErrors(tracked.error, ['code', 'pin'], t('errors.unexpected'));
  const codeError = missing.code ?? errors.fields.code;
  const pinError = missing.pin ?? errors.fields.pin;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const key = { code: code.trim().toUpperCase(), pin: pin.trim() };
    const required = t('track.form.required');
    const nowMissing: Missing = {
      ...(key.code ? {} : { code: required }),
      ...(key.pin ? {} : { pin: required }),
    };
    setMissing(nowMissing);
    if (nowMissing.code || nowMissing.pin) return;
    setSearchParams({ kode: key.code }, { replace: true });
    if (trackKey?.code === key.code && trackKey.pin === key.pin) void tracked.refetch();
    else setTrackKey(key);
  };

  return (
    <>
      <h1>{t('track.title')}</h1>
      <p>{t('track.intro')}</p>
      {trackKey && !missing.code && !missing.pin ? <FormAlert messages={errors.general} /> : null}
      <form className="card form" noValidate onSubmit={submit}>
        <Field
          label={t('track.form.code')}
          hint={t('track.form.codeHint')}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={codeError}
        />
        <Field
          label={t('track.form.pin')}
          hint={t('track.form.pinHint')}
          name="pin"
          inputMode="numeric"
          autoComplete="off"
          required
          value={pin}
          onChange={(event) => setPin(event.target.value)}
          error={pinError}
        />
        <Button type="submit" isBlock isBusy={tracked.isFetching}>
          {tracked.isFetching ? t('track.form.submitting') : t('track.form.submit')}
        </Button>
      </form>
      {trackKey && tracked.isPending && tracked.isFetching ? <LoadingMessage /> : null}
      {trackKey && tracked.data && !tracked.isError ? (
        <TrackedTicketView ticket={tracked.data} trackKey={trackKey} />
      ) : null}
    </>
  );
}
