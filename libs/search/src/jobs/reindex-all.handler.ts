import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JobContext, JobHandler, JobPayload } from '@navet/queue';
import { ReferenceCatalogue } from '@navet/reference';
import { MeiliClient } from '../client/meili-client.service';
import { needIndexSource, supplierIndexSource } from './index-sources';
import { ReconcileHandler } from './reconcile.handler';
import { rebuildIndex } from './rebuild-index';

/** Rebuilds both indexes from PostgreSQL and swaps them in atomically (admin "rebuild search"). */
@Injectable()
export class ReindexAllHandler implements JobHandler<'search.reindex-all'> {
  readonly jobName = 'search.reindex-all' as const;
  private readonly logger = new Logger(ReindexAllHandler.name);

  constructor(
    private readonly meili: MeiliClient,
    private readonly dataSource: DataSource,
    private readonly catalogue: ReferenceCatalogue,
    private readonly reconciler: ReconcileHandler,
  ) {}

  async handle({ requestId }: JobPayload<'search.reindex-all'>, context?: JobContext): Promise<void> {
    const { client } = this.meili;
    const needs = await rebuildIndex(client, this.meili.needsIndexUid, needIndexSource(this.dataSource, this.catalogue));
    const suppliers = await rebuildIndex(
      client,
      this.meili.suppliersIndexUid,
      supplierIndexSource(this.dataSource, this.catalogue),
    );
    // Single-document jobs that ran during the build wrote to the old index; catch them up.
    const repaired = await this.reconciler.reconcile();
    this.logger.log({ msg: 'search indexes rebuilt', requestId, jobId: context?.jobId, needs, suppliers, repaired });
  }
}
