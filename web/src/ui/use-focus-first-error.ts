import { useCallback, useEffect, useRef } from 'react';
import type { FieldErrors } from '../api/api-error';

/**
 * After a refusal, moves focus to the first field (in page order) the API named, so keyboard
 * and screen-reader users land on what needs fixing. Returns a ref callback per field name.
 */
export function useFocusFirstError(fieldErrors: FieldErrors | undefined, order: readonly string[]) {
  const elements = useRef<Record<string, HTMLElement | null>>({});
  useEffect(() => {
    if (!fieldErrors) return;
    const first = order.find((field) => field in fieldErrors);
    if (first) elements.current[first]?.focus();
  }, [fieldErrors, order]);
  return useCallback(
    (field: string) => (element: HTMLElement | null) => {
      elements.current[field] = element;
    },
    [],
  );
}
