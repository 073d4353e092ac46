import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { FormAlert } from '../../../ui/FormAlert';
import { formErrors } from '../../../ui/form-errors';
import type { Category } from '../../../api';
import { CheckboxField } from '../../console/forms/CheckboxField';
import { useSaveCategory } from './use-save-category';

type CategoryFormProps = {
  unitCode: string;
  /** The category to edit; none to add a new one (its code is then asked). */
  category?: Category;
};

const FIELDS = ['name', 'nameEn', 'isActive', 'sortOrder'];

/** Edit a category (names, active, order), or add one with its code. */
export function CategoryForm({ unitCode, category }: CategoryFormProps) {
  const { t } = useTranslation();
  const save = useSaveCategory(unitCode);
  const [code, setCode] = useState(category?.code ?? '');
  const [name, setName] = useState(category?.name ?? '');
  const [nameEn, setNameEn] = useState(category?.nameEn ?? '');
  const [isActive, setIsActive] = useState(category?.isActive ?? true);
  const [sortOrder, setSortOrder] = useState(String(category?.sortOrder ?? 100));
  const isNew = category === undefined;
  // An unusable code makes the address itself invalid: the API names it as a path parameter.
  const errors = formErrors(save.error, [...FIELDS, 'categoryCode'], t('errors.unexpected'));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { code: code.trim(), name, nameEn, isActive, sortOrder },
      {
        onSuccess: () => {
          if (!isNew) return;
          setCode('');
          setName('');
          setNameEn('');
          setSortOrder('100');
        },
      },
    );
  };

  return (
    <form className={isNew ? 'card form' : 'category-form'} noValidate onSubmit={submit}>
      <fieldset className="fieldset">
        <legend>
          {isNew
            ? t('admin.categories.addTitle')
            : `${category.code}${category.isActive ? '' : ` (${t('admin.categories.inactive')})`}`}
        </legend>
        <FormAlert messages={errors.general} />
        {isNew ? (
          <Field
            label={t('admin.categories.code')}
            hint={t('admin.categories.codeHint')}
            name="code"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={errors.fields.categoryCode}
          />
        ) : null}
        <Field
          label={t('admin.categories.name')}
          name="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
        />
        <Field
          label={t('admin.categories.nameEn')}
          name="nameEn"
          required
          value={nameEn}
          onChange={(e) => setNameEn(e.target.value)}
          error={errors.fields.nameEn}
        />
        <Field
          label={t('admin.categories.sortOrder')}
          name="sortOrder"
          type="number"
          inputMode="numeric"
          min={0}
          max={10000}
          value={sortOrder}
          onChange={(e) => setSortOrder(e.target.value)}
          error={errors.fields.sortOrder}
        />
        <CheckboxField
          label={t('admin.categories.active')}
          checked={isActive}
          onChange={(e) => setIsActive(e.target.checked)}
        />
        <Button type="submit" variant={isNew ? 'primary' : 'secondary'} isBusy={save.isPending}>
          {isNew ? t('admin.categories.add') : t('admin.categories.save', { code: category.code })}
        </Button>
        {save.isSuccess ? <p role="status">{t('admin.saved')}</p> : null}
      </fieldset>
    </form>
  );
}
