/** A staff role held in one unit. */
export type Role = 'helpdesk' | 'admin_ppe' | 'kepala' | 'admin' | 'lkpp' | 'lkpp_teknis';

/** What a public service user is in procurement (from their LPSE/SPSE account). */
export type UserType = 'penyedia' | 'ppk' | 'pokja' | 'pp' | 'other';

export type UnitRole = { unitCode: string; role: Role };

/** The signed-in user, as `GET /api/me` and `POST /api/auth/login` return it. */
export type User = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  userType: UserType | null;
  organization: string | null;
  roles: UnitRole[];
  availability: 'available' | 'unreachable' | null;
};

export type UserResponse = { user: User };

export type Credentials = { email: string; password: string };
