import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { CheckboxField } from '../../console/forms/CheckboxField';
import type { DayHours, WeekHours } from '../../../api';

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
type Weekday = (typeof WEEKDAYS)[number];

type WeekEditorProps = {
  week: WeekHours;
  onChange: (week: WeekHours) => void;
  /** Field errors by the API's path, e.g. `week.1.close` or `overrides.0.hours.5.breaks.0.end`. */
  errors: Record<string, string>;
  /** The path of this week in the request (`week`, `overrides.0.hours`). */
  path: string;
  /** Distinguishes the ids of several editors on one page. */
  idPrefix: string;
};

const DEFAULT_DAY: DayHours = { open: '07:30', close: '16:00', breaks: [{ start: '12:00', end: '13:00' }] };

/** Hours of each weekday: closed, or open–close with breaks; the API's messages at each field. */
export function WeekEditor({ week, onChange, errors, path, idPrefix }: WeekEditorProps) {
  const { t } = useTranslation();
  const setDay = (day: Weekday, hours: DayHours | null) => onChange({ ...week, [day]: hours });
  return (
    <div className="week-editor">
      {WEEKDAYS.map((day) => {
        const hours = week[day];
        const at = `${path}.${day}`;
        const dayName = t(`admin.hours.day.${day}`);
        return (
          <fieldset key={day} className="fieldset day-hours" id={`${idPrefix}-day-${day}`}>
            <legend>{dayName}</legend>
            {errors[at] ? <p className="field__error">{errors[at]}</p> : null}
            <CheckboxField
              label={t('admin.hours.closedDay')}
              checked={hours === null}
              onChange={(e) => setDay(day, e.target.checked ? null : DEFAULT_DAY)}
            />
            {hours ? (
              <>
                <div className="time-pair">
                  <Field
                    label={t('admin.hours.open')}
                    inputMode="numeric"
                    placeholder="07:30"
                    value={hours.open}
                    onChange={(e) => setDay(day, { ...hours, open: e.target.value })}
                    error={errors[`${at}.open`]}
                  />
                  <Field
                    label={t('admin.hours.close')}
                    inputMode="numeric"
                    placeholder="16:00"
                    value={hours.close}
                    onChange={(e) => setDay(day, { ...hours, close: e.target.value })}
                    error={errors[`${at}.close`]}
                  />
                </div>
                {hours.breaks.map((pause, index) => {
                  const setBreak = (next: { start: string; end: string } | null) =>
                    setDay(day, {
                      ...hours,
                      breaks: next
                        ? hours.breaks.map((b, i) => (i === index ? next : b))
                        : hours.breaks.filter((_, i) => i !== index),
                    });
                  return (
                    <div key={index} className="time-pair">
                      <Field
                        label={t('admin.hours.breakStart')}
                        inputMode="numeric"
                        value={pause.start}
                        onChange={(e) => setBreak({ ...pause, start: e.target.value })}
                        error={errors[`${at}.breaks.${index}.start`] ?? errors[`${at}.breaks.${index}`]}
                      />
                      <Field
                        label={t('admin.hours.breakEnd')}
                        inputMode="numeric"
                        value={pause.end}
                        onChange={(e) => setBreak({ ...pause, end: e.target.value })}
                        error={errors[`${at}.breaks.${index}.end`]}
                      />
                      <Button variant="link" onClick={() => setBreak(null)}>
                        {t('admin.hours.removeBreak', { n: index + 1 })}
                      </Button>
                    </div>
                  );
                })}
                <Button
                  variant="link"
                  onClick={() =>
                    setDay(day, { ...hours, breaks: [...hours.breaks, { start: '12:00', end: '13:00' }] })
                  }
                >
                  {t('admin.hours.addBreak')}
                </Button>
              </>
            ) : null}
          </fieldset>
        );
      })}
    </div>
  );
}
