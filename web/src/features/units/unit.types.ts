/** An LPSE, or the national tier (LKPP-RI), as `GET /api/units` describes it. */
export type Unit = {
  code: string;
  name: string;
  kind: 'lpse' | 'national';
  parentCode: string | null;
  timezone: string;
  organization: string;
  address: string;
  phone: string;
  email: string;
  website: string;
};

export type UnitsResponse = { units: Unit[] };
