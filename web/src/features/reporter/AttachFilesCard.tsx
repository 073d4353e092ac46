import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { FilePicker } from './FilePicker';
import { useUploads } from './use-uploads';

type AttachFilesCardProps = {
  /** `/api/tickets/{code}/attachments`, with `?pin=` for a reporter without an account. */
  uploadPath: string;
  /** Called once files were added, to reload the ticket. */
  onUploaded: () => void;
};

/** Screenshots, letters or documents added to an open ticket, each with its progress. */
export function AttachFilesCard({ uploadPath, onUploaded }: AttachFilesCardProps) {
  const { t } = useTranslation();
  const uploads = useUploads();
  const [isSending, setIsSending] = useState(false);
  const [result, setResult] = useState('');
  const waiting = uploads.items.filter((item) => item.state !== 'done').length;

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSending(true);
    setResult('');
    const summary = await uploads.uploadAll(uploadPath);
    setIsSending(false);
    if (summary.uploaded > 0) {
      uploads.clearDone();
      onUploaded();
    }
    setResult(t('portal.files.result', { uploaded: summary.uploaded, failed: summary.failed }));
  };

  return (
    <section className="card" aria-labelledby="lampiran-baru-judul">
      <h2 id="lampiran-baru-judul">{t('portal.files.addTitle')}</h2>
      <form noValidate onSubmit={(event) => void send(event)}>
        <FilePicker
          items={uploads.items}
          onAdd={uploads.add}
          onRemove={uploads.remove}
          isDisabled={isSending}
        />
        <Button type="submit" variant="secondary" disabled={waiting === 0} isBusy={isSending}>
          {isSending ? t('portal.files.sending') : t('portal.files.send')}
        </Button>
      </form>
      <p role="status" className="muted">
        {result}
      </p>
    </section>
  );
}
