import type { RouteObject } from 'react-router';
import { paths } from '../../app/paths';

/** This feature's screens (paths from app/paths.ts); screens load lazily to keep the first bundle small. */
export const routes: RouteObject[] = [
  {
    path: paths.suppliers,
    lazy: async () => ({ Component: (await import('./search/supplier-search-page')).SupplierSearchPage }),
  },
  { path: paths.supplier(':id'), lazy: async () => ({ Component: (await import('./page/supplier-page')).SupplierPage }) },
];
