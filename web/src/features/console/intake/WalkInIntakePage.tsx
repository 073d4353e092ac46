import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { AdminPpeStatus } from '../availability/AdminPpeStatus';
import { useConsole } from '../console-context';
import { IntakeForm } from './IntakeForm';
import { WALK_IN_FIELDS } from './intake-fields';

/** `/konsol/catat/kunjungan`: log a visitor at the counter (procedure 1c). */
export function WalkInIntakePage() {
  const { t } = useTranslation();
  const { unit } = useConsole();
  useDocumentTitle(t('console.intake.walkInTitle'));
  return (
    <>
      <h1>{t('console.intake.walkInTitle')}</h1>
      <p>{t('console.intake.walkInIntro')}</p>
      {unit ? <AdminPpeStatus unitCode={unit.code} /> : null}
      <IntakeForm channel="walk_in" fields={WALK_IN_FIELDS} />
    </>
  );
}
