import type { RouteObject } from 'react-router';
import { paths } from '../../app/paths';

/** This feature's screens (paths from app/paths.ts); screens load lazily to keep the first bundle small. */
export const routes: RouteObject[] = [
  { path: paths.notifications, lazy: async () => ({ Component: (await import('./notifications-page')).NotificationsPage }) },
  {
    path: paths.notificationSettings,
    lazy: async () => ({ Component: (await import('./settings-page')).NotificationSettingsPage }),
  },
  { path: paths.savedSearches, lazy: async () => ({ Component: (await import('./saved-searches-page')).SavedSearchesPage }) },
];
