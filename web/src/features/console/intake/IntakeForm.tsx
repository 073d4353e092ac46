import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { FormAlert } from '../../../ui/FormAlert';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { formErrors } from '../../../ui/form-errors';
import { useConsole } from '../console-context';
import { KINDS } from '@domain/tickets/vocabulary';
import { kindKeys } from '../labels';
import { useCategories, useCategoryName } from '../use-categories';
import { CreatedTicketCard } from './CreatedTicketCard';
import { emptyValues, type IntakeField } from './intake-fields';
import { intakeBody } from './intake-body';
import { useCreateTicket } from './use-create-ticket';

type IntakeFormProps = { channel: 'phone' | 'walk_in'; fields: readonly IntakeField[] };

const EXTRA_FIELDS = ['kind', 'categoryCode'];

/** A telephone or walk-in intake: the API checks what is required and its messages show at each field. */
export function IntakeForm({ channel, fields }: IntakeFormProps) {
  const { t } = useTranslation();
  const { unit } = useConsole();
  const categories = useCategories(unit?.code ?? null);
  const categoryName = useCategoryName();
  const create = useCreateTicket();
  const [values, setValues] = useState<Record<string, string>>(() => ({
    ...emptyValues(fields),
    kind: 'question',
    categoryCode: '',
  }));
  const formRef = useRef<HTMLFormElement>(null);
  const errors = formErrors(
    create.error,
    [...fields.map((f) => f.name), ...EXTRA_FIELDS],
    t('errors.unexpected'),
  );

  // After a refusal, take the officer to the first field to fix.
  useEffect(() => {
    if (!create.error) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [create.error]);

  if (create.data) {
    const another = () => {
      setValues({ ...emptyValues(fields), kind: 'question', categoryCode: '' });
      create.reset();
    };
    return <CreatedTicketCard ticket={create.data} onAnother={another} />;
  }

  const set = (name: string, value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(intakeBody(values, { channel, ...(unit ? { unitCode: unit.code } : {}) }));
  };

  return (
    <form className="card form form--wide" noValidate onSubmit={submit} ref={formRef}>
      <FormAlert messages={errors.general} />
      {fields.map((field) =>
        field.input === 'textarea' ? (
          <TextAreaField
            key={field.name}
            label={t(field.label)}
            name={field.name}
            required={field.required}
            value={values[field.name] ?? ''}
            onChange={(e) => set(field.name, e.target.value)}
            error={errors.fields[field.name]}
            hint={field.hint ? t(field.hint) : undefined}
            rows={5}
          />
        ) : (
          <Field
            key={field.name}
            label={t(field.label)}
            name={field.name}
            type={field.input}
            required={field.required}
            autoComplete={field.autoComplete}
            value={values[field.name] ?? ''}
            onChange={(e) => set(field.name, e.target.value)}
            error={errors.fields[field.name]}
            hint={field.hint ? t(field.hint) : undefined}
          />
        ),
      )}
      <SelectField
        label={t('console.intake.kind')}
        name="kind"
        value={values.kind ?? 'question'}
        options={KINDS.map((kind) => ({ value: kind, label: t(kindKeys[kind]) }))}
        onChange={(e) => set('kind', e.target.value)}
        error={errors.fields.kind}
      />
      <SelectField
        label={t('console.intake.category')}
        name="categoryCode"
        value={values.categoryCode ?? ''}
        options={[
          { value: '', label: t('console.intake.noCategory') },
          ...(categories.data ?? []).map((c) => ({ value: c.code, label: categoryName(c) })),
        ]}
        onChange={(e) => set('categoryCode', e.target.value)}
        error={errors.fields.categoryCode}
      />
      <Button type="submit" isBusy={create.isPending}>
        {create.isPending ? t('console.intake.submitting') : t('console.intake.submit')}
      </Button>
    </form>
  );
}
