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

/** What an account may do in one unit (src/domain/accounts/capabilities.ts). */
export type UnitCapability =
  | 'serve'
  | 'intake'
  | 'handle'
  | 'coordinate'
  | 'readReports'
  | 'administer'
  | 'manageCategories'
  | 'readHeldMail'
  | 'reportAvailability';
export type DeploymentCapability = 'console' | 'administerDeployment';

/** `GET /api/me`'s `capabilities`: the server says what may be done; the web keeps no copy of it. */
export type Capabilities = {
  deployment: DeploymentCapability[];
  units: { unitCode: string; capabilities: UnitCapability[]; grantableRoles: Role[] }[];
};

export type MeResponse = UserResponse & { capabilities: Capabilities };

export type Credentials = { email: string; password: string };
