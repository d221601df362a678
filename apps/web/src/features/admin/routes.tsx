import type { RouteObject } from 'react-router';
import { paths } from '../../app/paths';

/**
 * The admin screens share one lazily loaded shell (role check and sub-navigation); each screen loads
 * lazily too, so nothing here reaches the first bundle.
 */
export const routes: RouteObject[] = [
  {
    lazy: async () => ({ Component: (await import('./admin-layout')).AdminLayout }),
    children: [
      {
        path: paths.adminOrganizations,
        lazy: async () => ({ Component: (await import('./organizations-page')).OrganizationsPage }),
      },
      { path: paths.adminCriteria, lazy: async () => ({ Component: (await import('./criteria-page')).CriteriaPage }) },
      { path: paths.adminSearch, lazy: async () => ({ Component: (await import('./search-page')).SearchPage }) },
      {
        path: paths.adminStatistics,
        lazy: async () => ({ Component: (await import('./statistics-page')).StatisticsPage }),
      },
    ],
  },
];
