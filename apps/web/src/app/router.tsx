import { createElement, lazy, type ComponentType } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
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

/**
 * Feature routes declare `lazy: () => ({ Component })`; the declarative router (smaller than the data
 * router, whose loaders and actions Navet does not use) renders them through React.lazy.
 */
function declarative(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const {
      lazy: load,
      children,
      ...rest
    } = route as Omit<RouteObject, 'lazy'> & { lazy?: () => Promise<{ Component: ComponentType }> };
    const element = load ? createElement(lazy(async () => ({ default: (await load()).Component }))) : route.element;
    return { ...rest, element, ...(children ? { children: declarative(children) } : {}) } as RouteObject;
  });
}

const declared = declarative(appRoutes);

/** The screens for the current address. */
export function AppRoutes() {
  return useRoutes(declared);
}
