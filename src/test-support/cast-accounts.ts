/** Each demo account by the name tests call it (e-mail address `<account>@demo.test`). */
export const CAST_ACCOUNTS = {
  helpdesk: 'helpdesk',
  adminppe: 'adminppe',
  kepala: 'kepala',
  admin: 'admin',
  lkpp: 'lkpp',
  lkppTeknis: 'lkpp-teknis',
  penyedia: 'penyedia',
} as const;

/** A demo account of the cast, as route tests and browser stories name it. */
export type CastMember = keyof typeof CAST_ACCOUNTS;

/** The sign-in address of a member of the cast. */
export function castEmail(member: CastMember): string {
  return `${CAST_ACCOUNTS[member]}@demo.test`;
}
