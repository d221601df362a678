import { Module } from '@nestjs/common';
import { DocumentSync } from './jobs/document-sync.service';
import { IndexNeedHandler, IndexNeedsHandler } from './jobs/index-need.handler';
import { IndexSupplierHandler, IndexSuppliersHandler } from './jobs/index-supplier.handler';
import { ReconcileHandler } from './jobs/reconcile.handler';
import { ReindexAllHandler } from './jobs/reindex-all.handler';
import { SearchModule } from './search.module';

/** The worker registers these under JOB_HANDLERS. */
export const SEARCH_JOB_HANDLERS = [
  IndexNeedHandler,
  IndexNeedsHandler,
  IndexSupplierHandler,
  IndexSuppliersHandler,
  ReindexAllHandler,
  ReconcileHandler,
] as const;

/**
 * For the worker: SearchModule plus the four job handlers. Needs the global ConfigModule, the
 * global ReferenceModule and a TypeORM DataSource (TypeOrmModule.forRoot).
 */
@Module({
  imports: [SearchModule],
  providers: [DocumentSync, ...SEARCH_JOB_HANDLERS],
  exports: [SearchModule, ...SEARCH_JOB_HANDLERS],
})
export class SearchIndexingModule {}
