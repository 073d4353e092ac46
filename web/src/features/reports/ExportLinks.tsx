import { useTranslation } from 'react-i18next';
import { exportLinks } from './use-reports';

/** Download links for the monthly report (Excel, PDF, CSV) and the SKM report (PDF, Excel). */
export function ExportLinks({
  unitCode,
  month,
  period,
}: {
  unitCode: string;
  month: string | null;
  period: { from: string; to: string } | null;
}) {
  const { t } = useTranslation();
  const links = exportLinks(unitCode, month, period);
  return (
    <section className="report-section" aria-labelledby="laporan-unduh">
      <h2 id="laporan-unduh">{t('reports.exports.title')}</h2>
      {month ? (
        <>
          <h3>{t('reports.exports.monthly', { month })}</h3>
          <ul className="export-links">
            {links.monthly.map((link) => (
              <li key={link.format}>
                <a className="button button--secondary" href={link.href} download>
                  {t(`reports.exports.format.${link.format}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {period ? (
        <>
          <h3>{t('reports.exports.skm')}</h3>
          <ul className="export-links">
            {links.skm.map((link) => (
              <li key={link.format}>
                <a className="button button--secondary" href={link.href} download>
                  {t(`reports.exports.format.${link.format}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
