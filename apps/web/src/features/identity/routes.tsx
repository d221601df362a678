import type { RouteObject } from 'react-router';
import { paths } from '../../app/paths';
import { SignInPage } from './sign-in-page';

/** This feature's screens (paths from app/paths.ts); screens load lazily to keep the first bundle small. */
export const routes: RouteObject[] = [
  { path: paths.signIn, element: <SignInPage /> },
  { path: paths.register, lazy: async () => ({ Component: (await import('./register-page')).RegisterPage }) },
  { path: paths.forgotPassword, lazy: async () => ({ Component: (await import('./forgot-password-page')).ForgotPasswordPage }) },
  { path: paths.resetPassword, lazy: async () => ({ Component: (await import('./reset-password-page')).ResetPasswordPage }) },
  { path: paths.confirmEmail, lazy: async () => ({ Component: (await import('./confirm-email-page')).ConfirmEmailPage }) },
  { path: paths.account, lazy: async () => ({ Component: (await import('./account-page')).AccountPage }) },
];
