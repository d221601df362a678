import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JobContext, JobHandler, JobPayload } from '@navet/queue';
import { ReferenceCatalogue } from '@navet/reference';
import type { SearchIndexKind } from '../client/index-kind';
import { MeiliClient } from '../client/meili-client.service';
import { needIndexSource, supplierIndexSource } from './index-sources';
import { ReconcileCounts, reconcileIndex } from './reconcile-index';

export type ReconcileReport = Record<SearchIndexKind, ReconcileCounts>;

/** Compares PostgreSQL with both indexes and repairs drift: adds missing, updates stale, deletes orphans. */
@Injectable()
export class ReconcileHandler implements JobHandler<'search.reconcile'> {
  readonly jobName = 'search.reconcile' as const;
  private readonly logger = new Logger(ReconcileHandler.name);

  constructor(
    private readonly meili: MeiliClient,
    private readonly dataSource: DataSource,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async handle({ requestId }: JobPayload<'search.reconcile'>, context?: JobContext): Promise<void> {
    const report = await this.reconcile();
    this.logger.log({ msg: 'search indexes reconciled', requestId, jobId: context?.jobId, ...report });
  }

  /** Runs the repair and returns what it changed (also used after a full reindex). */
  async reconcile(): Promise<ReconcileReport> {
    await this.meili.ready();
    const { client } = this.meili;
    return {
      needs: await reconcileIndex(client, this.meili.needsIndexUid, needIndexSource(this.dataSource, this.catalogue)),
      suppliers: await reconcileIndex(client, this.meili.suppliersIndexUid, supplierIndexSource(this.dataSource, this.catalogue)),
    };
  }
}
