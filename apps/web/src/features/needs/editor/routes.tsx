import type { RouteObject } from 'react-router';
import { paths } from '../../../app/paths';

/** This feature's screens (paths from app/paths.ts); screens load lazily to keep the first bundle small. */
export const routes: RouteObject[] = [
  { path: paths.buyerNewNeed, lazy: async () => ({ Component: (await import('./need-editor-page')).NewNeedPage }) },
  { path: paths.buyerEditNeed(':id'), lazy: async () => ({ Component: (await import('./need-editor-page')).EditNeedPage }) },
];
