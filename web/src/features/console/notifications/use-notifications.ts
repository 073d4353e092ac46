import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../api';
import { fetchNotifications, markNotificationsRead } from '../console-api';

export const notificationsKey = ['console', 'notifications'] as const;

/** My notifications and the unread count, checked every minute and when the window regains focus. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => fetchNotifications(signal),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation<{ unreadCount: number }, ApiError, { ids?: string[]; all?: boolean }>({
    mutationFn: markNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
