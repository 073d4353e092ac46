import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { formErrors } from '../../ui/form-errors';
import { LoadingMessage } from '../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../ui/QueryErrorMessage';
import { useDocumentTitle } from '../../ui/use-document-title';
import { FilePicker } from '../reporter/FilePicker';
import { useUploads } from '../reporter/use-uploads';
import type { Unit } from '../../api';
import { useUnits } from '../units/use-units';
import { NewTicketForm } from './NewTicketForm';
import { RequireSignIn } from './RequireSignIn';
import { ticketNoticeState } from './ticket-notice';
import { emptyTicketForm, TICKET_FIELDS, toNewTicket, type TicketFormValues } from './ticket-form';
import { ticketPath, useCreateTicket } from './use-portal-tickets';

/** `/tiket/baru`: "Ajukan pertanyaan", LPSE Support procedure 1a.1 (`?unit=` chooses the unit). */
export function NewTicketPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portal.form.title'));
  const units = useUnits();
  return (
    <RequireSignIn>
      {() => {
        if (units.data) return <NewTicket units={units.data.filter((unit) => unit.kind === 'lpse')} />;
        if (units.isError)
          return (
            <QueryErrorMessage
              title={t('portal.form.title')}
              error={units.error}
              onRetry={() => void units.refetch()}
            />
          );
        return <LoadingMessage />;
      }}
    </RequireSignIn>
  );
}

function NewTicket({ units }: { units: readonly Unit[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const wanted = searchParams.get('unit');
  const [values, setValues] = useState(() =>
    emptyTicketForm(units.find((unit) => unit.code === wanted)?.code ?? units[0]?.code ?? ''),
  );
  const [createdCode, setCreatedCode] = useState<string | null>(null);
  const [isUploading, setIsUploading] = useState(false);
  const create = useCreateTicket();
  const uploads = useUploads();
  const errors = formErrors(create.error, TICKET_FIELDS, t('errors.unexpected'));

  /** Sends the files to the ticket; all accepted → the ticket page, otherwise stay and show why. */
  const sendFiles = async (code: string) => {
    setIsUploading(true);
    const summary = await uploads.uploadAll(`${ticketPath(code)}/attachments`);
    setIsUploading(false);
    if (summary.failed === 0)
      await navigate(`/tiket/${encodeURIComponent(code)}`, { state: ticketNoticeState('submitted') });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    let code: string;
    try {
      code = (await create.mutateAsync(toNewTicket(values))).ticket.code;
    } catch {
      return; // The refusal is shown at its fields.
    }
    setCreatedCode(code);
    await sendFiles(code);
  };

  if (createdCode) {
    return (
      <CreatedWithFiles
        code={createdCode}
        uploads={uploads}
        isUploading={isUploading}
        onRetry={() => void sendFiles(createdCode)}
      />
    );
  }
  return (
    <>
      <h1>{t('portal.form.title')}</h1>
      <p>{t('portal.form.intro')}</p>
      <FormAlert messages={errors.general} />
      <NewTicketForm
        values={values}
        onChange={(next: TicketFormValues) => setValues(next)}
        units={units}
        errors={errors}
        fieldErrors={create.error?.fieldErrors}
        files={
          <FilePicker
            items={uploads.items}
            onAdd={uploads.add}
            onRemove={uploads.remove}
            isDisabled={create.isPending}
          />
        }
        submit={
          <Button type="submit" isBlock isBusy={create.isPending}>
            {create.isPending ? t('portal.form.submitting') : t('portal.form.submit')}
          </Button>
        }
        onSubmit={(event) => void submit(event)}
      />
    </>
  );
}

type CreatedWithFilesProps = {
  code: string;
  uploads: ReturnType<typeof useUploads>;
  isUploading: boolean;
  onRetry: () => void;
};

/** The ticket exists; its files are on their way, or some were refused (with the API's message). */
function CreatedWithFiles({ code, uploads, isUploading, onRetry }: CreatedWithFilesProps) {
  const { t } = useTranslation();
  const pending = uploads.items.some((item) => item.state === 'waiting' || item.state === 'failed');
  const failed = uploads.items.some((item) => item.state === 'failed');
  return (
    <>
      <h1>{t('portal.form.createdTitle')}</h1>
      <div className="notice" role="status">
        <p>{t('portal.form.created', { code })}</p>
        {isUploading ? <p>{t('portal.form.uploading')}</p> : null}
        {!isUploading && failed ? <p>{t('portal.form.someRefused')}</p> : null}
      </div>
      <form
        className="card form form--wide"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onRetry();
        }}
      >
        <FilePicker
          items={uploads.items}
          onAdd={uploads.add}
          onRemove={uploads.remove}
          isDisabled={isUploading}
        />
        <div className="button-row">
          {pending ? (
            <Button type="submit" variant="secondary" isBusy={isUploading}>
              {isUploading ? t('portal.files.sending') : t('portal.form.retryFiles')}
            </Button>
          ) : null}
          <Link className="button button--primary" to={`/tiket/${encodeURIComponent(code)}`}>
            {t('portal.form.openTicket')}
          </Link>
        </div>
      </form>
    </>
  );
}
