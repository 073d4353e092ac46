import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Field } from '../../../ui/Field';
import { SelectField } from '../../../ui/SelectField';
import type { SelectOption } from '../../../ui/SelectField';
import { CHANNELS, KINDS, STATUSES } from '@domain/tickets/vocabulary';
import { useConsole } from '../console-context';
import { CheckboxField } from '../forms/CheckboxField';
import { channelKeys, kindKeys, labelOf, statusKeys, tierKeys } from '../labels';
import { useCategories, useCategoryName } from '../use-categories';
import { hasAnyFilter, tierFilterOptions, type QueueFilters as Filters } from './queue-filters';

type QueueFiltersProps = {
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** The Kepala's view fixes this filter; it is not offered. */
  hideAwaitingKepala?: boolean;
};

/** The queue's filters: drop-downs apply at once, the search when submitted. */
export function QueueFilters({ filters, onChange, hideAwaitingKepala = false }: QueueFiltersProps) {
  const { t } = useTranslation();
  const { user, unit } = useConsole();
  const categories = useCategories(unit?.code ?? null);
  const categoryName = useCategoryName();
  const [q, setQ] = useState(filters.q ?? '');
  const any: SelectOption = { value: '', label: t('console.queue.any') };
  const options = (values: readonly string[], keys: Readonly<Record<string, ParseKeys>>): SelectOption[] => [
    any,
    ...values.map((value) => ({ value, label: labelOf(t, keys, value) })),
  ];
  const set = <K extends keyof Filters>(key: K, value: Filters[K] | undefined) => {
    const next = { ...filters };
    if (value === undefined || value === '' || value === false) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    set('q', q.trim() || undefined);
  };

  return (
    <form
      className="queue-filters card"
      role="search"
      aria-label={t('console.queue.filters')}
      onSubmit={submitSearch}
    >
      <div className="queue-filters__search">
        <Field
          label={t('console.queue.search')}
          name="q"
          type="search"
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('console.queue.searchSubmit')}
        </Button>
      </div>
      <div className="queue-filters__grid">
        <SelectField
          label={t('console.queue.status')}
          value={filters.status ?? ''}
          options={options(STATUSES, statusKeys)}
          onChange={(e) => set('status', (e.target.value || undefined) as Filters['status'])}
        />
        <SelectField
          label={t('console.queue.tier')}
          value={filters.tier ?? ''}
          options={options(
            tierFilterOptions(
              user.roles.map((grant) => grant.role),
              unit !== null,
            ),
            tierKeys,
          )}
          onChange={(e) => set('tier', (e.target.value || undefined) as Filters['tier'])}
        />
        <SelectField
          label={t('console.queue.channel')}
          value={filters.channel ?? ''}
          options={options(CHANNELS, channelKeys)}
          onChange={(e) => set('channel', (e.target.value || undefined) as Filters['channel'])}
        />
        <SelectField
          label={t('console.queue.kind')}
          value={filters.kind ?? ''}
          options={options(KINDS, kindKeys)}
          onChange={(e) => set('kind', (e.target.value || undefined) as Filters['kind'])}
        />
        <SelectField
          label={t('console.queue.category')}
          value={filters.category ?? ''}
          options={[any, ...(categories.data ?? []).map((c) => ({ value: c.code, label: categoryName(c) }))]}
          onChange={(e) => set('category', e.target.value || undefined)}
        />
        <SelectField
          label={t('console.queue.assignee')}
          value={filters.assignee ?? ''}
          options={[any, { value: user.id, label: t('console.queue.assignedToMe') }]}
          onChange={(e) => set('assignee', e.target.value || undefined)}
        />
        <SelectField
          label={t('console.queue.sort')}
          value={filters.sort ?? 'due'}
          options={[
            { value: 'due', label: t('console.queue.sortDue') },
            { value: 'created', label: t('console.queue.sortCreated') },
          ]}
          onChange={(e) => set('sort', e.target.value === 'created' ? 'created' : undefined)}
        />
      </div>
      <div className="queue-filters__checks">
        <CheckboxField
          label={t('console.queue.unopened')}
          checked={filters.unopened ?? false}
          onChange={(e) => set('unopened', e.target.checked)}
        />
        {hideAwaitingKepala ? null : (
          <CheckboxField
            label={t('console.queue.awaitingKepala')}
            checked={filters.awaitingKepala ?? false}
            onChange={(e) => set('awaitingKepala', e.target.checked)}
          />
        )}
        {hasAnyFilter(hideAwaitingKepala ? { ...filters, awaitingKepala: undefined } : filters) ? (
          <Button variant="link" onClick={() => onChange(filters.sort ? { sort: filters.sort } : {})}>
            {t('console.queue.reset')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
