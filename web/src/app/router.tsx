import { createBrowserRouter } from 'react-router';
import { StandardPage } from '../features/standard/StandardPage';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { LoadingMessage } from '../ui/LoadingMessage';
import { AppShell } from './AppShell';
import { RootErrorPage, RouteErrorPage } from './RouteErrorPage';

/**
 * The public pages ship in the main bundle; the account pages are split off and loaded
 * on first visit, so a citizen reading the standard downloads none of their code.
 */
export const router = createBrowserRouter([
  {
    Component: AppShell,
    ErrorBoundary: RootErrorPage,
    children: [
      {
        // Errors and first-load waits render inside the frame, header still usable.
        ErrorBoundary: RouteErrorPage,
        HydrateFallback: LoadingMessage,
        children: [
          { index: true, Component: HomePage },
          { path: 'u/:unitCode', Component: StandardPage },
          {
            path: 'masuk',
            lazy: async () => ({ Component: (await import('../features/auth/SignInPage')).SignInPage }),
          },
          {
            path: 'akun',
            lazy: async () => ({ Component: (await import('../features/auth/AccountPage')).AccountPage }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
