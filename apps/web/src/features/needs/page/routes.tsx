import type { RouteObject } from 'react-router';

/** This feature's screens (paths from app/paths.ts); screens load lazily to keep the first bundle small. */
// paths.need(':id') would encode the colon; this is the same path as a route pattern.
export const routes: RouteObject[] = [
  { path: '/needs/:id', lazy: async () => ({ Component: (await import('./need-page')).NeedPage }) },
];
