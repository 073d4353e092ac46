import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { formErrors } from '../../ui/form-errors';
import { TextAreaField } from '../../ui/TextAreaField';

type ReplyFormProps = {
  title: string;
  /** The staff's request for more data, quoted above the answer. */
  request?: ReactNode;
  label: string;
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  /** Sends the text; the field is emptied once it has been accepted. */
  onSubmit: (body: string) => Promise<unknown>;
};

/** The reporter's answer to a request for more data, or more information on an open ticket. */
export function ReplyForm({
  title,
  request,
  label,
  submitLabel,
  isPending,
  error,
  onSubmit,
}: ReplyFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const errors = formErrors(error, ['body'], t('errors.unexpected'));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(false);
    onSubmit(body).then(
      () => {
        setBody('');
        setSent(true);
      },
      () => undefined,
    );
  };

  return (
    <section className="card" aria-labelledby="balas-judul">
      <h2 id="balas-judul">{title}</h2>
      {request}
      <FormAlert messages={errors.general} />
      <form noValidate onSubmit={submit}>
        <TextAreaField
          label={label}
          name="body"
          rows={5}
          required
          value={body}
          onChange={(event) => setBody(event.target.value)}
          error={errors.fields.body}
        />
        <Button type="submit" isBusy={isPending}>
          {isPending ? t('portal.ticket.sending') : submitLabel}
        </Button>
      </form>
      <p role="status" className="muted">
        {sent ? t('portal.ticket.replySent') : ''}
      </p>
    </section>
  );
}
