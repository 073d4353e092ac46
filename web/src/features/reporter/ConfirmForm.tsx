import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { formErrors } from '../../ui/form-errors';
import { TextAreaField } from '../../ui/TextAreaField';
import type { BodyOf } from '../../api';

/** The reporter's answer to a resolution, as `POST /api/tickets/{code}/confirmation` takes it. */
export type Confirmation = Pick<BodyOf<'/api/tickets/{code}/confirmation', 'post'>, 'solved' | 'comment'>;

type ConfirmFormProps = {
  /** "Solved" is offered only when the ticket may be closed now (`confirm` in `allowedActions`). */
  canConfirm: boolean;
  /** "Not solved" (`reject_resolution` in `allowedActions`). */
  canReject: boolean;
  isPending: boolean;
  error: unknown;
  onSubmit: (confirmation: Confirmation) => Promise<unknown>;
};

/**
 * A resolved ticket waits for the reporter: "solved" closes it; "not solved" sends it back to
 * the tier that resolved it (Kep. Kepala LKPP 26/2022, closure confirmed by the user). A
 * complaint cannot be closed before the Kepala LPSE has coordinated it: then only "not solved".
 */
export function ConfirmForm({ canConfirm, canReject, isPending, error, onSubmit }: ConfirmFormProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [choice, setChoice] = useState<boolean | null>(null);
  const errors = formErrors(error, ['comment'], t('errors.unexpected'));

  const send = (solved: boolean) => (event: FormEvent) => {
    event.preventDefault();
    setChoice(solved);
    const trimmed = comment.trim();
    void onSubmit(trimmed ? { solved, comment: trimmed } : { solved }).catch(() => undefined);
  };

  return (
    <section className="card" aria-labelledby="konfirmasi-judul">
      <h2 id="konfirmasi-judul">{t('portal.ticket.confirm.title')}</h2>
      <p>{t('portal.ticket.confirm.intro')}</p>
      <FormAlert messages={errors.general} />
      <form noValidate onSubmit={send(canConfirm)}>
        <TextAreaField
          label={t('portal.ticket.confirm.comment')}
          hint={t('portal.ticket.confirm.commentHint')}
          name="comment"
          rows={3}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          error={errors.fields.comment}
        />
        <div className="button-row">
          {canConfirm ? (
            <Button type="submit" disabled={isPending} isBusy={isPending && choice === true}>
              {t('portal.ticket.confirm.solved')}
            </Button>
          ) : null}
          {canReject ? (
            <Button
              variant="secondary"
              disabled={isPending}
              isBusy={isPending && choice === false}
              onClick={send(false)}
            >
              {t('portal.ticket.confirm.notSolved')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
