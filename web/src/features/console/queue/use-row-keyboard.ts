import { useEffect } from 'react';
import type { RefObject } from 'react';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Which way a key moves through the rows, or null when it is not ours. */
export function rowStep(key: string, focusInList: boolean): 1 | -1 | null {
  if (key === 'j' || (focusInList && key === 'ArrowDown')) return 1;
  if (key === 'k' || (focusInList && key === 'ArrowUp')) return -1;
  return null;
}

/**
 * Keyboard navigation of the queue: J / ↓ to the next ticket, K / ↑ to the previous one,
 * Enter opens the focused ticket (it is a link). J and K work anywhere on the page except
 * while typing; the arrows only inside the list, so they still scroll the page elsewhere.
 */
export function useRowKeyboard(listRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const list = listRef.current;
      if (!list) return;
      const focusInList = list.contains(document.activeElement);
      const step = rowStep(event.key, focusInList);
      if (step === null) return;
      const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-row-link]')];
      if (links.length === 0) return;
      event.preventDefault();
      const current = links.findIndex((link) => link === document.activeElement);
      const next =
        current === -1
          ? step === 1
            ? 0
            : links.length - 1
          : Math.min(links.length - 1, Math.max(0, current + step));
      links[next]?.focus();
      links[next]?.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [listRef]);
}
