import type { RouteObject } from 'react-router';
import { paths } from '../../app/paths';

/** This feature's screens (paths from app/paths.ts); screens load lazily to keep the first bundle small. */
export const routes: RouteObject[] = [
  { path: paths.accessibility, lazy: async () => ({ Component: (await import('./accessibility-page')).AccessibilityPage }) },
  { path: paths.statistics, lazy: async () => ({ Component: (await import('./statistics-page')).StatisticsPage }) },
];
