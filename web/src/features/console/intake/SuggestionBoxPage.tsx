import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { FormAlert } from '../../../ui/FormAlert';
import { TextAreaField } from '../../../ui/TextAreaField';
import { formErrors } from '../../../ui/form-errors';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { useConsole } from '../console-context';
import type { Ticket } from '../../../api';
import { formatDate, todayIn } from '../format';
import { ticketPath } from '../paths';
import { intakeBody } from './intake-body';
import { useCreateTicket } from './use-create-ticket';

const SLIP_FIELDS = ['description', 'reporter.name', 'reporter.phone'] as const;
const emptySlip = () => ({ description: '', 'reporter.name': '', 'reporter.phone': '' });

/**
 * `/konsol/catat/kotak-saran`: one opening of the suggestion box. The date is entered once; each
 * slip is then saved as its own complaint (`channel: suggestion_box`), the writer anonymous
 * unless they signed it.
 */
export function SuggestionBoxPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { unit } = useConsole();
  useDocumentTitle(t('console.intake.boxTitle'));
  const create = useCreateTicket();
  const [boxDate, setBoxDate] = useState(() => todayIn(unit?.timezone ?? 'Asia/Jakarta'));
  const [slip, setSlip] = useState(emptySlip);
  const [saved, setSaved] = useState<Ticket[]>([]);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const errors = formErrors(create.error, ['boxOpenedOn', ...SLIP_FIELDS], t('errors.unexpected'));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = intakeBody(
      { ...slip, boxOpenedOn: boxDate },
      { channel: 'suggestion_box', ...(unit ? { unitCode: unit.code } : {}) },
    );
    create.mutate(body, {
      onSuccess: (ticket) => {
        setSaved((previous) => [ticket, ...previous]);
        setSlip(emptySlip());
        textRef.current?.focus();
      },
    });
  };

  return (
    <>
      <h1>{t('console.intake.boxTitle')}</h1>
      <p>{t('console.intake.boxIntro')}</p>
      <form className="card form form--wide" noValidate onSubmit={submit}>
        <FormAlert messages={errors.general} />
        <Field
          label={t('console.intake.boxDate')}
          name="boxOpenedOn"
          type="date"
          required
          value={boxDate}
          onChange={(e) => setBoxDate(e.target.value)}
          error={errors.fields.boxOpenedOn}
        />
        <fieldset className="fieldset">
          <legend>{t('console.intake.slipTitle')}</legend>
          <TextAreaField
            ref={textRef}
            label={t('console.intake.slipText')}
            name="description"
            required
            rows={5}
            value={slip.description}
            onChange={(e) => setSlip({ ...slip, description: e.target.value })}
            error={errors.fields.description}
          />
          <Field
            label={t('console.intake.slipName')}
            name="reporter.name"
            autoComplete="off"
            value={slip['reporter.name']}
            onChange={(e) => setSlip({ ...slip, 'reporter.name': e.target.value })}
            error={errors.fields['reporter.name']}
          />
          <Field
            label={t('console.intake.slipPhone')}
            name="reporter.phone"
            type="tel"
            autoComplete="off"
            value={slip['reporter.phone']}
            onChange={(e) => setSlip({ ...slip, 'reporter.phone': e.target.value })}
            error={errors.fields['reporter.phone']}
          />
        </fieldset>
        <Button type="submit" isBusy={create.isPending}>
          {create.isPending ? t('console.intake.submitting') : t('console.intake.saveSlip')}
        </Button>
      </form>
      <div aria-live="polite">
        {saved.length > 0 ? (
          <section aria-labelledby="saved-slips" className="card saved-slips">
            <h2 id="saved-slips">{t('console.intake.savedSlips')}</h2>
            <p className="muted">
              {t('console.intake.boxDateFixed', { date: formatDate(boxDate, language) })}
            </p>
            <ol>
              {saved.map((ticket) => (
                <li key={ticket.code}>
                  <Link to={ticketPath(ticket.code)}>
                    {t('console.intake.savedSlip', { code: ticket.code, subject: ticket.subject })}
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    </>
  );
}
