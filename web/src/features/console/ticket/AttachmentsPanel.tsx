import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile } from '../../../api';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../../../ui/FormAlert';
import { formErrors } from '../../../ui/form-errors';
import { attachmentUrl } from '../console-api';
import type { Attachment, Ticket } from '../../../api';
import { CheckboxField } from '../forms/CheckboxField';
import { ticketKey } from './use-ticket';

type AttachmentsPanelProps = { ticket: Ticket; attachments: readonly Attachment[] };

/** The ticket's files (always downloaded, never opened as a page) and, when allowed, an upload. */
export function AttachmentsPanel({ ticket, attachments }: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [internal, setInternal] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missingFile, setMissingFile] = useState(false);
  const canAttach = ticket.allowedActions.includes('attach');
  const errors = formErrors(error, [], t('errors.unexpected'));

  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const files = [...(inputRef.current?.files ?? [])];
    setMissingFile(files.length === 0);
    setError(null);
    if (files.length === 0) return;
    try {
      for (const [index, file] of files.entries()) {
        await uploadFile(
          `/api/tickets/${encodeURIComponent(ticket.code)}/attachments?internal=${internal}`,
          file,
          {
            field: 'files',
            onProgress: (fraction) => setProgress((index + fraction) / files.length),
          },
        );
      }
      if (inputRef.current) inputRef.current.value = '';
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
      await queryClient.invalidateQueries({ queryKey: ticketKey(ticket.code) });
    }
  };

  return (
    <section className="card attachments" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('console.attachments.title')}</h2>
      {attachments.length === 0 ? <p className="muted">{t('console.attachments.empty')}</p> : null}
      <ul className="attachments__list">
        {attachments.map((file) => (
          <li key={file.id}>
            <a href={attachmentUrl(ticket.code, file.id)} download={file.filename}>
              {file.filename}
            </a>{' '}
            <span className="muted">
              {t('console.attachments.size', { size: Math.max(1, Math.round(file.size / 1024)) })}
              {file.visibility === 'internal' ? ` · ${t('console.attachments.internal')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {canAttach ? (
        <form className="action-form" noValidate onSubmit={(event) => void upload(event)}>
          <FormAlert messages={missingFile ? [t('console.attachments.noFile')] : errors.general} />
          <div className="field">
            <label className="field__label" htmlFor="attachment-files">
              {t('console.attachments.files')}
            </label>
            <p className="field__hint muted" id="attachment-files-hint">
              {t('console.attachments.filesHint')}
            </p>
            <input
              ref={inputRef}
              id="attachment-files"
              className="field__file"
              type="file"
              name="files"
              multiple
              aria-describedby="attachment-files-hint"
            />
          </div>
          <CheckboxField
            label={t('console.attachments.internalOnly')}
            checked={internal}
            onChange={(e) => setInternal(e.target.checked)}
          />
          {progress !== null ? (
            <progress
              className="upload-progress"
              max={1}
              value={progress}
              aria-label={t('console.attachments.uploading')}
            />
          ) : null}
          <Button type="submit" variant="secondary" isBusy={progress !== null}>
            {progress !== null ? t('console.attachments.uploading') : t('console.attachments.upload')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
