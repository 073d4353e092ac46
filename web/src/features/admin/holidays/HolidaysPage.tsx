import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingMessage } from '../../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../../ui/QueryErrorMessage';
import { formErrors } from '../../../ui/form-errors';
import { formatDate, todayIn } from '../../console/format';
import { useAdminUnit } from '../admin-context';
import { HolidayForm } from './HolidayForm';
import { useHolidayChanges, useHolidays } from './use-holidays';

/** `/konsol/admin/hari-libur`: a year's holidays and cuti bersama, confirmed against the decree. */
export function HolidaysPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const unit = useAdminUnit();
  const [year, setYear] = useState(() => Number(todayIn(unit.timezone).slice(0, 4)));
  const [yearInput, setYearInput] = useState(String(year));
  const holidays = useHolidays(unit.code, year);
  const { save, remove, confirm, prefill } = useHolidayChanges(unit.code);
  const errors = formErrors(remove.error ?? confirm.error ?? prefill.error, [], t('errors.unexpected'));
  const showYear = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = Number(yearInput);
    if (Number.isInteger(parsed) && parsed >= 2000 && parsed <= 2100) setYear(parsed);
  };

  return (
    <>
      <h2>{t('admin.holidays.title')}</h2>
      <p>{t('admin.holidays.intro')}</p>
      <form className="inline-form" noValidate onSubmit={showYear}>
        <Field
          label={t('admin.holidays.year')}
          name="year"
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          value={yearInput}
          onChange={(e) => setYearInput(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('admin.holidays.show')}
        </Button>
      </form>
      <FormAlert messages={errors.general} />
      <p>
        <Button
          variant="secondary"
          isBusy={prefill.isPending}
          onClick={() => prefill.mutate(year)}
          aria-describedby="prefill-hint"
        >
          {t('admin.holidays.prefill', { year })}
        </Button>
      </p>
      <p className="muted" id="prefill-hint">
        {t('admin.holidays.prefillHint')}
      </p>
      {prefill.data ? (
        <p role="status">
          {t('admin.holidays.prefillDone', {
            added: prefill.data.added.length,
            kept: prefill.data.kept.length,
          })}
        </p>
      ) : null}
      {holidays.isPending ? <LoadingMessage /> : null}
      {holidays.isError ? (
        <QueryErrorMessage
          title={t('admin.holidays.title')}
          error={holidays.error}
          onRetry={() => void holidays.refetch()}
        />
      ) : null}
      {holidays.data?.length === 0 ? <p className="card">{t('admin.holidays.empty')}</p> : null}
      <ul className="admin-holidays">
        {(holidays.data ?? []).map((holiday) => (
          <li
            key={holiday.date}
            className={holiday.confirmed ? 'card holiday' : 'card holiday holiday--unconfirmed'}
          >
            <p className="holiday__date">
              <strong>{formatDate(holiday.date, language)}</strong> · {holiday.name}
            </p>
            <p className="muted">
              {t(`admin.holidays.types.${holiday.type}`)} · {holiday.source} ·{' '}
              {holiday.confirmed ? t('admin.holidays.confirmed') : t('admin.holidays.unconfirmed')}
            </p>
            <p className="button-row">
              {holiday.confirmed ? null : (
                <Button
                  variant="secondary"
                  isBusy={confirm.isPending && confirm.variables === holiday.date}
                  onClick={() => confirm.mutate(holiday.date)}
                >
                  {t('admin.holidays.confirm', { date: holiday.date })}
                </Button>
              )}
              <Button
                variant="secondary"
                isBusy={remove.isPending && remove.variables === holiday.date}
                onClick={() => remove.mutate(holiday.date)}
              >
                {t('admin.holidays.remove', { date: holiday.date })}
              </Button>
            </p>
          </li>
        ))}
      </ul>
      <HolidayForm save={save} />
    </>
  );
}
