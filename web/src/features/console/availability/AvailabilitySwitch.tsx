import { useTranslation } from 'react-i18next';
import { useConsole } from '../console-context';
import { useSetAvailability } from './use-availability';

const STATES = ['available', 'unreachable'] as const;

/** The Admin PPE's own switch: two toggle buttons, the current state pressed. */
export function AvailabilitySwitch() {
  const { t } = useTranslation();
  const { user } = useConsole();
  const setAvailability = useSetAvailability();
  const current = user.availability ?? 'available';
  return (
    <div className="availability">
      <div className="availability__switch" role="group" aria-labelledby="availability-label">
        <span id="availability-label" className="availability__label">
          {t('console.availability.label')}
        </span>
        {STATES.map((state) => (
          <button
            key={state}
            type="button"
            className={`availability__option availability__option--${state}`}
            aria-pressed={current === state}
            disabled={setAvailability.isPending}
            onClick={() => setAvailability.mutate(state)}
          >
            {t(`console.availability.${state}`)}
          </button>
        ))}
      </div>
      <p className="availability__message" role="status">
        {setAvailability.isSuccess
          ? t('console.availability.saved', { state: t(`console.availability.${current}`) })
          : null}
        {setAvailability.isError ? (
          <span className="field__error">{setAvailability.error.message}</span>
        ) : null}
      </p>
    </div>
  );
}
