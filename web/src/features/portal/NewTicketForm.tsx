import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { Field } from '../../ui/Field';
import type { FormErrors } from '../../ui/form-errors';
import { RadioGroup } from '../../ui/RadioGroup';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { typeLabelKeys } from '../reporter/labels';
import { APPLICATIONS, TYPES as TICKET_TYPES } from '@domain/tickets/vocabulary';
import type { Unit } from '../../api';
import { TICKET_FIELDS, type TicketFormValues } from './ticket-form';
import { useCategories } from './use-categories';
import { useFocusFirstError } from '../../ui/use-focus-first-error';

type NewTicketFormProps = {
  values: TicketFormValues;
  onChange: (values: TicketFormValues) => void;
  units: readonly Unit[];
  errors: FormErrors;
  fieldErrors: Record<string, string> | undefined;
  /** The attachments picker, between the description and the submit button. */
  files: ReactNode;
  submit: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
};

/** The LPSE Support form: unit, subject, type, category, application, error code, tender code, description. */
export function NewTicketForm({
  values,
  onChange,
  units,
  errors,
  fieldErrors,
  files,
  submit,
  onSubmit,
}: NewTicketFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const categories = useCategories(values.unitCode);
  const refFor = useFocusFirstError(fieldErrors, TICKET_FIELDS);
  const set = (key: keyof TicketFormValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [key]: event.target.value });
  const text = (key: keyof TicketFormValues) => ({
    name: key,
    value: values[key],
    onChange: set(key),
    error: errors.fields[key],
    ref: refFor(key),
  });

  const none = { value: '', label: t('portal.form.choose') };
  const unitOptions = units.map((unit) => ({ value: unit.code, label: unit.name }));
  const categoryOptions = [
    none,
    ...(categories.data ?? []).map((category) => ({
      value: category.code,
      label: language === 'en' ? category.nameEn : category.name,
    })),
  ];
  const applicationOptions = [
    none,
    ...APPLICATIONS.map((application) => ({ value: application, label: application })),
  ];
  const typeOptions = TICKET_TYPES.map((type) => ({ value: type, label: t(typeLabelKeys[type]) }));

  return (
    <form className="card form form--wide" noValidate onSubmit={onSubmit}>
      <SelectField
        label={t('portal.form.unit')}
        options={unitOptions}
        {...text('unitCode')}
        onChange={(event) => onChange({ ...values, unitCode: event.target.value, categoryCode: '' })}
      />
      <Field
        label={t('portal.form.subject')}
        hint={t('portal.form.subjectHint')}
        required
        maxLength={200}
        {...text('subject')}
      />
      <RadioGroup
        legend={t('portal.form.type')}
        name="type"
        options={typeOptions}
        value={values.type}
        onChange={(chosen) => {
          const type = TICKET_TYPES.find((known) => known === chosen);
          if (type) onChange({ ...values, type });
        }}
        error={errors.fields.type}
      />
      <SelectField label={t('portal.form.category')} options={categoryOptions} {...text('categoryCode')} />
      <SelectField
        label={t('portal.form.application')}
        options={applicationOptions}
        {...text('application')}
      />
      <Field
        label={t('portal.form.errorCode')}
        hint={t('portal.form.errorCodeHint')}
        autoComplete="off"
        spellCheck={false}
        {...text('errorCode')}
      />
      <Field
        label={t('portal.form.tenderCode')}
        hint={t('portal.form.tenderCodeHint')}
        autoComplete="off"
        spellCheck={false}
        {...text('tenderCode')}
      />
      <TextAreaField
        label={t('portal.form.description')}
        hint={t('portal.form.descriptionHint')}
        required
        rows={7}
        {...text('description')}
      />
      {files}
      {submit}
    </form>
  );
}
