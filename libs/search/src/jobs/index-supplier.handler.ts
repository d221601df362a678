import { Injectable } from '@nestjs/common';
import type { JobContext, JobHandler, JobPayload } from '@navet/queue';
import { DocumentSync } from './document-sync.service';

/** Makes the suppliers index agree with PostgreSQL for one profile: discoverable = indexed, else absent. */
@Injectable()
export class IndexSupplierHandler implements JobHandler<'search.index-supplier'> {
  readonly jobName = 'search.index-supplier' as const;

  constructor(private readonly sync: DocumentSync) {}

  handle({ supplierId }: JobPayload<'search.index-supplier'>, ctx?: JobContext): Promise<void> {
    return this.sync.suppliers([supplierId], ctx?.priority);
  }
}

/** The same for a batch of profiles (bulk imports and seeding; the relay groups their events). */
@Injectable()
export class IndexSuppliersHandler implements JobHandler<'search.index-suppliers'> {
  readonly jobName = 'search.index-suppliers' as const;

  constructor(private readonly sync: DocumentSync) {}

  handle({ supplierIds }: JobPayload<'search.index-suppliers'>, ctx?: JobContext): Promise<void> {
    return this.sync.suppliers(supplierIds, ctx?.priority);
  }
}
