import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { Button } from '../../ui/Button';
import { formatFileSize } from '../../i18n/format';
import type { UploadItem } from './use-uploads';

/** What the API accepts (decided there by content; this only narrows the file dialog). */
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.pptx,.txt,.csv,.zip';
/** The API takes at most 5 files per message. */
export const MAX_FILES = 5;

/** "PDF", "DOCX": what a file is, shown where an image would have its preview. */
const extensionOf = (name: string): string => (/\.([a-z0-9]{1,5})$/i.exec(name)?.[1] ?? '').toUpperCase();

type FilePickerProps = {
  items: readonly UploadItem[];
  onAdd: (files: File[]) => void;
  onRemove: (id: string) => void;
  isDisabled?: boolean;
};

/** Choose files, see image previews, a progress bar per file while sending, and each file's answer. */
export function FilePicker({ items, onAdd, onRemove, isDisabled = false }: FilePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [tooMany, setTooMany] = useState(false);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    // Emptied so choosing the same file again (after removing it) still fires a change.
    event.target.value = '';
    const room = MAX_FILES - items.filter((item) => item.state !== 'done').length;
    setTooMany(chosen.length > room);
    onAdd(chosen.slice(0, Math.max(room, 0)));
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('portal.files.label')}
      </label>
      <p className="field__hint muted" id={`${id}-hint`}>
        {t('portal.files.hint', { max: MAX_FILES })}
      </p>
      {/* The native control's own text ("Choose Files") follows the browser, not the page:
          it is hidden and a second label, styled as a button, opens the same file dialog. */}
      <input
        id={id}
        className="file-input"
        type="file"
        multiple
        accept={ACCEPT}
        aria-describedby={`${id}-hint`}
        disabled={isDisabled}
        onChange={choose}
      />
      <label htmlFor={id} className="button button--secondary file-input__button">
        {t('portal.files.choose')}
      </label>
      {tooMany ? <p className="field__error">{t('portal.files.tooMany', { max: MAX_FILES })}</p> : null}
      {items.length > 0 ? (
        <ul className="upload-list" aria-label={t('portal.files.chosen')}>
          {items.map((item) => (
            <UploadRow key={item.id} item={item} onRemove={onRemove} isDisabled={isDisabled} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function UploadRow({
  item,
  onRemove,
  isDisabled,
}: {
  item: UploadItem;
  onRemove: (id: string) => void;
  isDisabled: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = item.file.name;
  const percent = Math.round(item.progress * 100);
  // A file named .png that is not a picture: no broken image, the API will say what it is.
  const [isPreviewBroken, setIsPreviewBroken] = useState(false);
  return (
    <li className={`upload upload--${item.state}`}>
      {item.previewUrl && !isPreviewBroken ? (
        <img
          className="upload__preview"
          src={item.previewUrl}
          alt={t('portal.files.previewOf', { name })}
          onError={() => setIsPreviewBroken(true)}
        />
      ) : (
        <span className="upload__icon" aria-hidden="true">
          {extensionOf(name)}
        </span>
      )}
      <div className="upload__body">
        <p className="upload__name">
          {name} <span className="muted">({formatFileSize(item.file.size, language)})</span>
        </p>
        {item.state === 'uploading' || item.state === 'done' ? (
          <div className="upload__progress">
            <progress max={100} value={percent} aria-label={t('portal.files.progressOf', { name })} />
            <span>{item.state === 'done' ? t('portal.files.done') : `${percent}%`}</span>
          </div>
        ) : null}
        {item.state === 'failed' ? (
          <p className="field__error" role="alert">
            {item.error}
          </p>
        ) : null}
      </div>
      {item.state === 'waiting' || item.state === 'failed' ? (
        <Button variant="link" disabled={isDisabled} onClick={() => onRemove(item.id)}>
          {t('portal.files.remove')}
          <span className="visually-hidden"> {name}</span>
        </Button>
      ) : null}
    </li>
  );
}
