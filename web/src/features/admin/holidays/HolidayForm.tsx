import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { FormAlert } from '../../../ui/FormAlert';
import { SelectField } from '../../../ui/SelectField';
import { formErrors } from '../../../ui/form-errors';
import { HOLIDAY_TYPES } from '@domain/calendar/holidays';
import type { HolidayType } from '../../../api';
import type { useHolidayChanges } from './use-holidays';

type HolidayFormProps = { save: ReturnType<typeof useHolidayChanges>['save'] };

/** Add a holiday, or replace the one on that date, with where it comes from. */
export function HolidayForm({ save }: HolidayFormProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [type, setType] = useState<HolidayType>('national_holiday');
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const errors = formErrors(save.error, ['date', 'type', 'name', 'source'], t('errors.unexpected'));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { date: date.trim(), type, name, source },
      {
        onSuccess: () => {
          setDate('');
          setName('');
        },
      },
    );
  };
  return (
    <form className="card form" noValidate onSubmit={submit}>
      <h3>{t('admin.holidays.addTitle')}</h3>
      <FormAlert messages={errors.general} />
      <Field
        label={t('admin.holidays.date')}
        name="date"
        type="date"
        required
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={errors.fields.date}
      />
      <SelectField
        label={t('admin.holidays.type')}
        name="type"
        value={type}
        options={HOLIDAY_TYPES.map((value) => ({ value, label: t(`admin.holidays.types.${value}`) }))}
        onChange={(e) => setType(e.target.value as HolidayType)}
        error={errors.fields.type}
      />
      <Field
        label={t('admin.holidays.name')}
        name="name"
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.fields.name}
      />
      <Field
        label={t('admin.holidays.source')}
        hint={t('admin.holidays.sourceHint')}
        name="source"
        required
        value={source}
        onChange={(e) => setSource(e.target.value)}
        error={errors.fields.source}
      />
      <Button type="submit" isBusy={save.isPending}>
        {t('admin.holidays.save')}
      </Button>
      {save.isSuccess ? <p role="status">{t('admin.saved')}</p> : null}
    </form>
  );
}
