import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api';

/** A 4xx will answer the same on a retry; a dropped mobile connection may not. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: shouldRetry,
      // Phones switch apps constantly; refetching every time wastes a slow connection.
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
