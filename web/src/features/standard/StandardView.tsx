import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api';
import { ComplaintSection } from './ComplaintSection';
import { NextHolidays } from './NextHolidays';
import { OfficeHours } from './OfficeHours';
import { ProcedureSection } from './ProcedureSection';
import { ServiceActions } from './ServiceActions';
import type { StandardText } from '../../api';
import { StandardSection, TextList } from './StandardSection';
import { UnitContact } from './UnitContact';

type StandardViewProps = {
  unit: Unit;
  /** The standard in the UI language. */
  standard: StandardText;
};

/**
 * A unit's published service standard, in the order of the published document
 * (PermenPANRB 15/2014, the components the public must be shown), then the unit's contacts,
 * office hours and next holidays; the ways to ask or follow a ticket come first.
 */
export function StandardView({ unit, standard }: StandardViewProps) {
  const { t } = useTranslation();
  return (
    <>
      <header className="standard-header">
        <h1>{standard.title}</h1>
        <p>
          <strong>{unit.name}</strong>
          {unit.organization ? (
            <>
              <br />
              {unit.organization}
            </>
          ) : null}
        </p>
        {standard.decreeNumber ? <p>{t('standard.decree', { number: standard.decreeNumber })}</p> : null}
        <p className="muted">{t('standard.legalBasis')}</p>
      </header>

      <ServiceActions unit={unit} />

      <StandardSection number={1} id="persyaratan" title={t('standard.sections.requirements')}>
        <TextList items={standard.requirements} />
      </StandardSection>

      <ProcedureSection number={2} procedure={standard.procedure} />

      <StandardSection number={3} id="jangka-waktu" title={t('standard.sections.completionTime')}>
        <p className="highlight">{standard.completionTime.value}</p>
        {standard.completionTime.note ? <p className="muted">{standard.completionTime.note}</p> : null}
      </StandardSection>

      <StandardSection number={4} id="biaya" title={t('standard.sections.fee')}>
        <p className="highlight">{standard.fee}</p>
      </StandardSection>

      <StandardSection number={5} id="produk" title={t('standard.sections.products')}>
        <TextList items={standard.products} />
      </StandardSection>

      <ComplaintSection number={6} complaintHandling={standard.complaintHandling} />

      <UnitContact unit={unit} />
      <OfficeHours unitCode={unit.code} />
      <NextHolidays unitCode={unit.code} timeZone={unit.timezone} />
    </>
  );
}
