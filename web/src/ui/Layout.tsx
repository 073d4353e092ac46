import { useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnNavigate } from './use-focus-on-navigate';

type LayoutProps = {
  /** The unit name (a link home), first thing in the header. */
  brand: ReactNode;
  /** Language switch and sign-in/out link. */
  actions: ReactNode;
  /** A live message under the header, e.g. while a page is loading. */
  status?: ReactNode;
  children: ReactNode;
};

/** The page frame: skip link, header, one <main>, footer. */
export function Layout({ brand, actions, status, children }: LayoutProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigate(mainRef);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    // Focus <main> without a hash in the URL, which the router would treat as navigation.
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          {brand}
          <div className="site-header__actions">{actions}</div>
        </div>
      </header>
      <div aria-live="polite">{status}</div>
      <main id="main" className="container page" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">{t('app.footer')}</div>
      </footer>
    </>
  );
}
