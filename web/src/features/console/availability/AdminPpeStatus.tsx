import { useTranslation } from 'react-i18next';
import { useAdminPpe } from './use-availability';

/**
 * For the helpdesk: can an Admin PPE be reached now? Telephone procedure 1b.5 depends on it
 * (no one reachable → the caller is redirected to LPSE Support).
 */
export function AdminPpeStatus({ unitCode }: { unitCode: string }) {
  const { t } = useTranslation();
  const status = useAdminPpe(unitCode);
  if (!status.data) return null;
  const { adminPpe, anyAvailable } = status.data;
  const summary =
    adminPpe.length === 0
      ? t('console.adminPpe.noneInUnit')
      : anyAvailable
        ? t('console.adminPpe.anyAvailable')
        : t('console.adminPpe.noneAvailable');
  return (
    <section
      className={anyAvailable ? 'admin-ppe notice' : 'admin-ppe notice notice--warning'}
      aria-labelledby="admin-ppe-title"
      aria-live="polite"
    >
      <h2 id="admin-ppe-title" className="admin-ppe__title">
        {t('console.adminPpe.title')}
      </h2>
      <p>{summary}</p>
      {adminPpe.length > 0 ? (
        <ul className="admin-ppe__list">
          {adminPpe.map((person) => (
            <li key={person.id}>
              {t('console.adminPpe.person', {
                name: person.name,
                state: t(`console.availability.${person.availability}`),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
