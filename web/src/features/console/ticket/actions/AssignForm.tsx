import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../../api';
import { Button } from '../../../../ui/Button';
import { FormAlert } from '../../../../ui/FormAlert';
import { SelectField } from '../../../../ui/SelectField';
import { canIn } from '../../../auth/capabilities';
import { useConsole } from '../../console-context';
import type { Ticket } from '../../../../api';
import { actionErrors, useTicketAction } from '../use-ticket';

/** The unit's active staff, which only its administrator may list. */
function useAssignableStaff(unitCode: string, enabled: boolean) {
  return useQuery({
    queryKey: ['console', 'staff', unitCode],
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/admin/users', { params: { query: { unitCode } }, signal }))).users,
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** Assign the ticket to oneself (or, for the unit's administrator, to any staff member), or unassign it. */
export function AssignForm({ ticket, onDone }: { ticket: Ticket; onDone: () => void }) {
  const { t } = useTranslation();
  const { user, capabilities } = useConsole();
  const isAdmin = canIn(capabilities, 'administer', ticket.unitCode);
  const staff = useAssignableStaff(ticket.unitCode, isAdmin);
  const [assigneeId, setAssigneeId] = useState(ticket.assignee?.id ?? '');
  const action = useTicketAction(ticket.code);
  const errors = actionErrors(action.error, ['assigneeId'], t);
  const people = new Map<string, string>([[user.id, t('console.actions.assign.me', { name: user.name })]]);
  if (ticket.assignee) people.set(ticket.assignee.id, people.get(ticket.assignee.id) ?? ticket.assignee.name);
  for (const person of staff.data ?? [])
    if (person.isActive && person.roles.length > 0 && !people.has(person.id))
      people.set(person.id, person.name);
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    action.mutate(
      { path: 'assignment', body: { assigneeId: assigneeId || null, version: ticket.version } },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="action-form" noValidate onSubmit={send}>
      <FormAlert messages={errors.general} />
      <SelectField
        label={t('console.actions.assign.assignee')}
        name="assigneeId"
        value={assigneeId}
        options={[
          { value: '', label: t('console.actions.assign.nobody') },
          ...[...people].map(([value, label]) => ({ value, label })),
        ]}
        onChange={(e) => setAssigneeId(e.target.value)}
        error={errors.fields.assigneeId}
      />
      <Button type="submit" isBusy={action.isPending}>
        {t('console.actions.assign.submit')}
      </Button>
    </form>
  );
}
