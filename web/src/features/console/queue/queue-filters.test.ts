import { describe, expect, it } from 'vitest';
import { hasAnyFilter, queueQuery, readFilters, tierFilterOptions, writeFilters } from './queue-filters';

describe('queue filters in the address', () => {
  it('reads known values and ignores the rest', () => {
    const params = new URLSearchParams(
      'status=new&tier=bogus&channel=phone&unopened=true&awaitingKepala=yes&q=%20apendo%20&sort=created&x=1',
    );
    expect(readFilters(params)).toEqual({
      status: 'new',
      channel: 'phone',
      unopened: true,
      q: 'apendo',
      sort: 'created',
    });
  });

  it('round-trips through the address', () => {
    const filters = {
      status: 'in_progress',
      kind: 'complaint',
      awaitingKepala: true,
      category: 'sirup',
    } as const;
    expect(readFilters(writeFilters(filters))).toEqual(filters);
    expect(writeFilters({ unopened: false, q: '' }).toString()).toBe('');
  });

  it('builds the API query with the unit, the cursor and the page size', () => {
    expect(queueQuery({ tier: 'lkpp', q: 'a' }, 'lpse-kota-payakumbuh', 'abc')).toEqual({
      tier: 'lkpp',
      unitCode: 'lpse-kota-payakumbuh',
      cursor: 'abc',
      limit: 25,
    });
    expect(queueQuery({ q: 'galat' }, null, null, 10)).toEqual({ q: 'galat', limit: 10 });
    expect(queueQuery({ unopened: true, awaitingKepala: false, category: '' }, null, null)).toEqual({
      unopened: 'true',
      limit: 25,
    });
  });

  it('knows whether anything but the order is filtered', () => {
    expect(hasAnyFilter({ sort: 'created' })).toBe(false);
    expect(hasAnyFilter({ unopened: true })).toBe(true);
  });

  it('offers every tier at an LPSE unit, and national staff their own desk and those above', () => {
    expect(tierFilterOptions(['helpdesk'], true)).toEqual(['helpdesk', 'admin_ppe', 'lkpp', 'lkpp_teknis']);
    expect(tierFilterOptions(['lkpp'], false)).toEqual(['lkpp', 'lkpp_teknis']);
    expect(tierFilterOptions(['lkpp_teknis', 'admin'], false)).toEqual(['lkpp_teknis']);
    expect(tierFilterOptions(['admin'], false)).toEqual(['helpdesk', 'admin_ppe', 'lkpp', 'lkpp_teknis']);
  });
});
