import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api';
import type { ApiError, MailPreferences } from '../../api';

/** The staff notices that can also come by mail, as `/api/me/notification-preferences` names them. */
export const MAIL_SWITCHES = [
  'ticketNew',
  'ticketEscalated',
  'complaintAwaitingKepala',
  'slaAtRisk',
  'slaBreached',
] as const satisfies readonly (keyof MailPreferences['mail'])[];
export type MailSwitch = (typeof MAIL_SWITCHES)[number];

// Not under 'me': signing out forgets it with everything else of the session.
const preferencesKey = ['mail-preferences'] as const;

export function useMailPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/me/notification-preferences', { signal })),
  });
}

/** `PUT /api/me/notification-preferences`; the answer (what is now stored) replaces the cached one. */
export function useSaveMailPreferences() {
  const queryClient = useQueryClient();
  return useMutation<MailPreferences, ApiError, MailPreferences['mail']>({
    mutationFn: (mail) => unwrap(api.PUT('/api/me/notification-preferences', { body: { mail } })),
    onSuccess: (saved) => queryClient.setQueryData(preferencesKey, saved),
  });
}
