import { useTranslation } from 'react-i18next';
import { LoadingMessage } from '../../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../../ui/QueryErrorMessage';
import { useAdminUnit } from '../admin-context';
import { CreateStaffForm } from './CreateStaffForm';
import { StaffRow } from './StaffRow';
import { useStaff } from './use-staff';

/** `/konsol/admin`: the unit's staff, their roles and whether they may sign in. */
export function StaffPage() {
  const { t } = useTranslation();
  const unit = useAdminUnit();
  const staff = useStaff(unit.code);
  return (
    <>
      <h2>{t('admin.staff.title')}</h2>
      {staff.isPending ? <LoadingMessage /> : null}
      {staff.isError ? (
        <QueryErrorMessage
          title={t('admin.staff.title')}
          error={staff.error}
          onRetry={() => void staff.refetch()}
        />
      ) : null}
      {staff.data?.length === 0 ? <p>{t('admin.staff.empty')}</p> : null}
      <ul className="staff-list">
        {(staff.data ?? []).map((member) => (
          <StaffRow key={member.id} member={member} unit={unit} />
        ))}
      </ul>
      <CreateStaffForm unit={unit} />
    </>
  );
}
