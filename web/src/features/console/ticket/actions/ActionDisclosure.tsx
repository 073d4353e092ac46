import type { ReactNode } from 'react';

type ActionDisclosureProps = { title: string; children: ReactNode; defaultOpen?: boolean };

/** One action of the ticket, folded until needed (a native <details>: keyboard and screen-reader ready). */
export function ActionDisclosure({ title, children, defaultOpen = false }: ActionDisclosureProps) {
  return (
    <details className="action" open={defaultOpen || undefined}>
      <summary className="action__summary">{title}</summary>
      <div className="action__body">{children}</div>
    </details>
  );
}
