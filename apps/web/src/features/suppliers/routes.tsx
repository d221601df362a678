import type { RouteObject } from 'react-router';
import { paths } from '../../app/paths';

/** This feature's screens (paths from app/paths.ts; a path function given ':id' encodes the colon, hence decodeURIComponent); screens load lazily. */
export const routes: RouteObject[] = [
  {
    path: paths.supplierProfile,
    lazy: async () => ({ Component: (await import('./profile-editor/profile-editor-page')).ProfileEditorPage }),
  },
  {
    path: paths.suppliers,
    lazy: async () => ({ Component: (await import('./search/supplier-search-page')).SupplierSearchPage }),
  },
  {
    path: decodeURIComponent(paths.supplier(':id')),
    lazy: async () => ({ Component: (await import('./page/supplier-page')).SupplierPage }),
  },
];
