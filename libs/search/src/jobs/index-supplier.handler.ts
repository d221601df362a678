import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { OutboxWriter } from '@navet/outbox';
import type { JobContext, JobHandler, JobPayload } from '@navet/queue';
import { ReferenceCatalogue } from '@navet/reference';
import { MeiliClient } from '../client/meili-client';
import { waitForTask } from '../client/meili-task';
import { toSupplierDocument } from '../documents/supplier-document';
import { loadSupplierRow } from '../persistence/supplier-source.reader';

/** Makes the suppliers index agree with PostgreSQL for one profile: discoverable = indexed, else absent. */
@Injectable()
export class IndexSupplierHandler implements JobHandler<'search.index-supplier'> {
  readonly jobName = 'search.index-supplier' as const;

  constructor(
    private readonly meili: MeiliClient,
    private readonly dataSource: DataSource,
    private readonly catalogue: ReferenceCatalogue,
    private readonly outbox: OutboxWriter,
  ) {}

  async handle({ supplierId }: JobPayload<'search.index-supplier'>, ctx?: JobContext): Promise<void> {
    await this.meili.ready();
    const index = this.meili.client.index(this.meili.suppliersIndexUid);
    const row = isId(supplierId) ? await loadSupplierRow(this.dataSource, supplierId) : null;
    if (row?.discoverable) {
      await waitForTask(
        index.addDocuments([toSupplierDocument(row, row.organizationName, this.catalogue)], { primaryKey: 'id' }),
      );
    } else {
      await waitForTask(index.deleteDocument(supplierId));
    }
    if (row) {
      await inTransaction(this.dataSource, (em) =>
        this.outbox.add(em, { type: 'supplier.indexed', payload: { supplierId }, priority: ctx?.priority }),
      );
    }
  }
}
