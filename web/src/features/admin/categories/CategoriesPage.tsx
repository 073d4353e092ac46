import { useTranslation } from 'react-i18next';
import { LoadingMessage } from '../../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../../ui/QueryErrorMessage';
import { useCategories } from '../../console/use-categories';
import { useAdminUnit } from '../admin-context';
import { CategoryForm } from './CategoryForm';

/** `/konsol/admin/kategori`: every category of the unit, inactive ones too. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const unit = useAdminUnit();
  const categories = useCategories(unit.code, true);
  return (
    <>
      <h2>{t('admin.categories.title')}</h2>
      {categories.isPending ? <LoadingMessage /> : null}
      {categories.isError ? (
        <QueryErrorMessage
          title={t('admin.categories.title')}
          error={categories.error}
          onRetry={() => void categories.refetch()}
        />
      ) : null}
      <ul className="category-list">
        {(categories.data ?? []).map((category) => (
          <li key={category.code} className="card">
            <CategoryForm unitCode={unit.code} category={category} />
          </li>
        ))}
      </ul>
      <CategoryForm unitCode={unit.code} />
    </>
  );
}
