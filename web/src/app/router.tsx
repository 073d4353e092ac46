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
          // Public pages and the portal of signed-in service users, each split off.
          {
            path: 'lacak',
            lazy: async () => ({ Component: (await import('../features/track/TrackPage')).TrackPage }),
          },
          {
            path: 'daftar',
            lazy: async () => ({
              Component: (await import('../features/register/RegisterPage')).RegisterPage,
            }),
          },
          {
            path: 'lupa-sandi',
            lazy: async () => ({
              Component: (await import('../features/password/ForgotPasswordPage')).ForgotPasswordPage,
            }),
          },
          {
            path: 'atur-sandi',
            lazy: async () => ({
              Component: (await import('../features/password/ResetPasswordPage')).ResetPasswordPage,
            }),
          },
          {
            path: 'tiket',
            lazy: async () => ({
              Component: (await import('../features/portal/MyTicketsPage')).MyTicketsPage,
            }),
          },
          {
            path: 'tiket/baru',
            lazy: async () => ({
              Component: (await import('../features/portal/NewTicketPage')).NewTicketPage,
            }),
          },
          {
            path: 'tiket/:code',
            lazy: async () => ({ Component: (await import('../features/portal/TicketPage')).TicketPage }),
          },
          {
            path: 'klaim/:code',
            lazy: async () => ({ Component: (await import('../features/portal/ClaimPage')).ClaimPage }),
          },
          // The staff console: one lazily loaded chunk with its own routes under /konsol.
          {
            path: 'konsol/*',
            lazy: async () => ({ Component: (await import('../features/console/ConsoleApp')).ConsoleApp }),
          },
          // The satisfaction survey (public) and the Kepala LPSE's reports, each split off.
          {
            path: 'survei/:code',
            lazy: async () => ({
              Component: (await import('../features/survey/TicketSurveyPage')).TicketSurveyPage,
            }),
          },
          {
            path: 'u/:unitCode/survei',
            lazy: async () => ({
              Component: (await import('../features/survey/UnitSurveyPage')).UnitSurveyPage,
            }),
          },
          {
            path: 'laporan',
            lazy: async () => ({ Component: (await import('../features/reports/ReportsPage')).ReportsPage }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
