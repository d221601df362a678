import type { RouteObject } from 'react-router';
import { paths } from '../../../app/paths';

/** This feature's screens (paths from app/paths.ts; a path function given ':id' encodes the colon, hence decodeURIComponent); screens load lazily. */
export const routes: RouteObject[] = [
  { path: paths.buyerNeeds, lazy: async () => ({ Component: (await import('./my-needs-page')).MyNeedsPage }) },
  {
    path: decodeURIComponent(paths.buyerNeed(':id')),
    lazy: async () => ({ Component: (await import('./workspace/need-workspace-page')).NeedWorkspacePage }),
  },
];
