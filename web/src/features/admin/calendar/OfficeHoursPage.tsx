import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api';
import type { ApiError } from '../../../api';
import { Button } from '../../../ui/Button';
import { FormAlert } from '../../../ui/FormAlert';
import { LoadingMessage } from '../../../ui/LoadingMessage';
import { QueryErrorMessage } from '../../../ui/QueryErrorMessage';
import { formErrors } from '../../../ui/form-errors';
import { useAdminUnit } from '../admin-context';
import type { CalendarSettings, HoursOverride, WeekHours } from '../../../api';
import { OverridesEditor } from './OverridesEditor';
import { WeekEditor } from './WeekEditor';

const calendarKey = (unitCode: string) => ['admin', 'calendar', unitCode] as const;

/** Every field path the form can show an error at (the API names them like `week.1.close`). */
function fieldPaths(week: WeekHours, overrides: readonly HoursOverride[]): string[] {
  const ofWeek = (path: string, w: WeekHours) =>
    Object.entries(w).flatMap(([day, hours]) => [
      `${path}.${day}`,
      `${path}.${day}.open`,
      `${path}.${day}.close`,
      ...(hours?.breaks ?? []).flatMap((_, i) => [
        `${path}.${day}.breaks.${i}`,
        `${path}.${day}.breaks.${i}.start`,
        `${path}.${day}.breaks.${i}.end`,
      ]),
    ]);
  return [
    ...ofWeek('week', week),
    ...overrides.flatMap((o, i) => [
      `overrides.${i}`,
      `overrides.${i}.from`,
      `overrides.${i}.to`,
      `overrides.${i}.reason`,
      ...(o.hours === 'closed' ? [] : ofWeek(`overrides.${i}.hours`, o.hours)),
    ]),
  ];
}

function OfficeHoursForm({ calendar, unitCode }: { calendar: CalendarSettings; unitCode: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [week, setWeek] = useState(calendar.week);
  const [overrides, setOverrides] = useState(calendar.overrides);
  const save = useMutation<CalendarSettings, ApiError>({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/units/{unitCode}/calendar', {
          params: { path: { unitCode } },
          body: { week, overrides },
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(calendarKey(unitCode), saved),
  });
  const errors = formErrors(save.error, fieldPaths(week, overrides), t('errors.unexpected'));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form noValidate onSubmit={submit} className="hours-form">
      <p>{t('admin.hours.intro', { timeZone: calendar.timeZone })}</p>
      <FormAlert messages={errors.general} />
      <WeekEditor week={week} onChange={setWeek} errors={errors.fields} path="week" idPrefix="week" />
      <OverridesEditor
        overrides={overrides}
        onChange={setOverrides}
        errors={errors.fields}
        defaultWeek={week}
      />
      <Button type="submit" isBusy={save.isPending}>
        {t('admin.hours.save')}
      </Button>
      {save.isSuccess ? <p role="status">{t('admin.saved')}</p> : null}
    </form>
  );
}

/** `/konsol/admin/jam-layanan`: office hours and their exceptions (Ramadan, closures). */
export function OfficeHoursPage() {
  const { t } = useTranslation();
  const unit = useAdminUnit();
  const calendar = useQuery({
    queryKey: calendarKey(unit.code),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/units/{unitCode}/calendar', { params: { path: { unitCode: unit.code } }, signal }),
      ),
  });
  return (
    <>
      <h2>{t('admin.hours.title')}</h2>
      {calendar.isPending ? <LoadingMessage /> : null}
      {calendar.isError ? (
        <QueryErrorMessage
          title={t('admin.hours.title')}
          error={calendar.error}
          onRetry={() => void calendar.refetch()}
        />
      ) : null}
      {calendar.data ? <OfficeHoursForm calendar={calendar.data} unitCode={unit.code} /> : null}
    </>
  );
}
