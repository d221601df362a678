import { createBrowserRouter, type RouteObject } from 'react-router';
import { routes as admin } from '../features/admin/routes';
import { routes as buyerGroups } from '../features/buyer-groups/routes';
import { routes as dialogue } from '../features/dialogue/routes';
import { routes as identity } from '../features/identity/routes';
import { routes as info } from '../features/info/routes';
import { routes as matches } from '../features/matches/routes';
import { routes as needEditor } from '../features/needs/editor/routes';
import { routes as myNeeds } from '../features/needs/mine/routes';
import { routes as needPage } from '../features/needs/page/routes';
import { routes as needSearch } from '../features/needs/search/routes';
import { routes as notifications } from '../features/notifications/routes';
import { routes as privacy } from '../features/privacy/routes';
import { routes as suppliers } from '../features/suppliers/routes';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

/** Every feature's screens inside the one layout; unknown paths get the 404 screen. */
export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      ...needSearch,
      ...needPage,
      ...identity,
      ...privacy,
      ...info,
      ...suppliers,
      ...matches,
      ...myNeeds,
      ...needEditor,
      ...dialogue,
      ...notifications,
      ...buyerGroups,
      ...admin,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(appRoutes);
