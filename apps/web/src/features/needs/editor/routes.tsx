import type { RouteObject } from 'react-router';
import { paths } from '../../../app/paths';

/** This feature's screens (paths from app/paths.ts; a path function given ':id' encodes the colon, hence decodeURIComponent); screens load lazily. */
export const routes: RouteObject[] = [
  { path: paths.buyerNewNeed, lazy: async () => ({ Component: (await import('./need-editor-page')).NewNeedPage }) },
  {
    path: decodeURIComponent(paths.buyerEditNeed(':id')),
    lazy: async () => ({ Component: (await import('./need-editor-page')).EditNeedPage }),
  },
];
