import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { CheckboxField } from '../../console/forms/CheckboxField';
import type { HoursOverride, WeekHours } from '../../../api';
import { WeekEditor } from './WeekEditor';

type OverridesEditorProps = {
  overrides: readonly HoursOverride[];
  onChange: (overrides: HoursOverride[]) => void;
  errors: Record<string, string>;
  /** The hours a new exception starts from (then shortened, for Ramadan). */
  defaultWeek: WeekHours;
};

/** Date ranges whose hours differ from the week: Ramadan hours, or the office closed. */
export function OverridesEditor({ overrides, onChange, errors, defaultWeek }: OverridesEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, next: HoursOverride | null) =>
    onChange(
      next ? overrides.map((o, i) => (i === index ? next : o)) : overrides.filter((_, i) => i !== index),
    );
  return (
    <section className="overrides" aria-labelledby="overrides-title">
      <h3 id="overrides-title">{t('admin.hours.overridesTitle')}</h3>
      {overrides.length === 0 ? <p className="muted">{t('admin.hours.overridesEmpty')}</p> : null}
      {overrides.map((override, index) => {
        const at = `overrides.${index}`;
        return (
          <fieldset key={index} className="fieldset override">
            <legend>{t('admin.hours.override', { n: index + 1 })}</legend>
            {errors[at] ? <p className="field__error">{errors[at]}</p> : null}
            <div className="time-pair">
              <Field
                label={t('admin.hours.from')}
                type="date"
                value={override.from}
                onChange={(e) => update(index, { ...override, from: e.target.value })}
                error={errors[`${at}.from`]}
              />
              <Field
                label={t('admin.hours.to')}
                type="date"
                value={override.to}
                onChange={(e) => update(index, { ...override, to: e.target.value })}
                error={errors[`${at}.to`]}
              />
            </div>
            <Field
              label={t('admin.hours.reason')}
              value={override.reason}
              onChange={(e) => update(index, { ...override, reason: e.target.value })}
              error={errors[`${at}.reason`]}
            />
            <CheckboxField
              label={t('admin.hours.overrideClosed')}
              checked={override.hours === 'closed'}
              onChange={(e) =>
                update(index, { ...override, hours: e.target.checked ? 'closed' : defaultWeek })
              }
            />
            {override.hours === 'closed' ? null : (
              <WeekEditor
                week={override.hours}
                onChange={(hours) => update(index, { ...override, hours })}
                errors={errors}
                path={`${at}.hours`}
                idPrefix={`override-${index}`}
              />
            )}
            <Button variant="secondary" onClick={() => update(index, null)}>
              {t('admin.hours.removeOverride', { n: index + 1 })}
            </Button>
          </fieldset>
        );
      })}
      <p>
        <Button
          variant="secondary"
          onClick={() => onChange([...overrides, { from: '', to: '', reason: '', hours: 'closed' }])}
        >
          {t('admin.hours.addOverride')}
        </Button>
      </p>
    </section>
  );
}
