import type { ReactNode } from 'react';

type PageMessageProps = {
  title: string;
  children?: ReactNode;
  tone?: 'info' | 'error';
};

/** A whole-page message (not found, not published, failed to load) with the page's <h1>. */
export function PageMessage({ title, children, tone = 'info' }: PageMessageProps) {
  return (
    <section className={tone === 'error' ? 'notice notice--error' : 'notice'}>
      <h1>{title}</h1>
      {children}
    </section>
  );
}
