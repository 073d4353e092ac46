import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useLocation } from 'react-router';

/** Location state that asks the layout to leave focus alone (a redirect on first load). */
export const keepFocusState = { keepFocus: true } as const;

const asksToKeepFocus = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'keepFocus' in state && state.keepFocus === true;

/**
 * After a client-side navigation, moves focus to the main region so keyboard and
 * screen-reader users start on the new page instead of on a link that no longer exists.
 */
export function useFocusOnNavigate(target: RefObject<HTMLElement | null>): void {
  const { pathname, state } = useLocation();
  const previousPathname = useRef(pathname);

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    if (asksToKeepFocus(state)) return;
    target.current?.focus({ preventScroll: true });
  }, [pathname, state, target]);
}
