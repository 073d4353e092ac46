import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { AdminPpeStatus } from '../availability/AdminPpeStatus';
import { useConsole } from '../console-context';
import { IntakeForm } from './IntakeForm';
import { PHONE_FIELDS } from './intake-fields';

/** `/konsol/catat/telepon`: log a call (procedure 1b), with whether an Admin PPE can be reached. */
export function PhoneIntakePage() {
  const { t } = useTranslation();
  const { unit } = useConsole();
  useDocumentTitle(t('console.intake.phoneTitle'));
  return (
    <>
      <h1>{t('console.intake.phoneTitle')}</h1>
      <p>{t('console.intake.phoneIntro')}</p>
      {unit ? <AdminPpeStatus unitCode={unit.code} /> : null}
      <IntakeForm channel="phone" fields={PHONE_FIELDS} />
    </>
  );
}
