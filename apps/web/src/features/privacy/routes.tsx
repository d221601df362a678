import type { RouteObject } from 'react-router';
import { paths } from '../../app/paths';

/** This feature's screens (paths from app/paths.ts); screens load lazily to keep the first bundle small. */
export const routes: RouteObject[] = [
  { path: paths.myData, lazy: async () => ({ Component: (await import('./my-data-page')).MyDataPage }) },
];
