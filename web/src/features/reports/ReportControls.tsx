import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { RadioGroup } from '../../ui/RadioGroup';
import { SelectField } from '../../ui/SelectField';
import type { Unit } from '../../api';
import type { PeriodChoice } from './report-period';

type ReportControlsProps = {
  units: readonly Unit[];
  unitCode: string;
  onUnit: (code: string) => void;
  choice: PeriodChoice;
  onChoice: (choice: PeriodChoice) => void;
  /** Errors the API named (`from`, `to`, `month`), shown at their inputs. */
  fieldErrors: Record<string, string>;
};

/** Which unit and which period: a month, or a range of days. */
export function ReportControls({
  units,
  unitCode,
  onUnit,
  choice,
  onChoice,
  fieldErrors,
}: ReportControlsProps) {
  const { t } = useTranslation();
  const month = choice.kind === 'month' ? choice.month : choice.to.slice(0, 7);
  return (
    <form
      className="card report-controls"
      onSubmit={(event) => event.preventDefault()}
      aria-label={t('reports.controls.label')}
    >
      {units.length > 1 ? (
        <SelectField
          label={t('reports.controls.unit')}
          value={unitCode}
          onChange={(event) => onUnit(event.target.value)}
          options={units.map((u) => ({ value: u.code, label: u.name }))}
        />
      ) : null}
      <RadioGroup
        legend={t('reports.controls.periodKind')}
        name="periodKind"
        value={choice.kind}
        onChange={(kind) =>
          onChoice(
            kind === 'month'
              ? { kind: 'month', month }
              : { kind: 'range', from: `${month}-01`, to: `${month}-28` },
          )
        }
        options={[
          { value: 'month', label: t('reports.controls.month') },
          { value: 'range', label: t('reports.controls.range') },
        ]}
      />
      {choice.kind === 'month' ? (
        <Field
          label={t('reports.controls.monthInput')}
          type="month"
          name="month"
          value={choice.month}
          onChange={(event) => onChoice({ kind: 'month', month: event.target.value })}
          error={fieldErrors.month ?? fieldErrors.from}
          hint={t('reports.controls.monthHint')}
        />
      ) : (
        <>
          <Field
            label={t('reports.controls.from')}
            type="date"
            name="from"
            value={choice.from}
            onChange={(event) => onChoice({ ...choice, from: event.target.value })}
            error={fieldErrors.from}
          />
          <Field
            label={t('reports.controls.to')}
            type="date"
            name="to"
            value={choice.to}
            onChange={(event) => onChoice({ ...choice, to: event.target.value })}
            error={fieldErrors.to}
          />
        </>
      )}
    </form>
  );
}
