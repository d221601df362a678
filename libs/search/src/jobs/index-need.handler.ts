import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import type { JobHandler, JobPayload } from '@navet/queue';
import { ReferenceCatalogue } from '@navet/reference';
import { MeiliClient } from '../client/meili-client';
import { waitForTask } from '../client/meili-task';
import { toNeedDocument } from '../documents/need-document';
import { loadNeedRow } from '../persistence/need-source.reader';

/** Makes the needs index agree with PostgreSQL for one need: published = indexed, anything else = absent. */
@Injectable()
export class IndexNeedHandler implements JobHandler<'search.index-need'> {
  readonly jobName = 'search.index-need' as const;

  constructor(
    private readonly meili: MeiliClient,
    private readonly dataSource: DataSource,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  async handle({ needId }: JobPayload<'search.index-need'>): Promise<void> {
    await this.meili.ready();
    const index = this.meili.client.index(this.meili.needsIndexUid);
    const row = isId(needId) ? await loadNeedRow(this.dataSource, needId) : null;
    if (row?.status === 'PUBLISHED') {
      await waitForTask(index.addDocuments([toNeedDocument(row, row.buyerName, this.catalogue)], { primaryKey: 'id' }));
    } else {
      await waitForTask(index.deleteDocument(needId));
    }
  }
}
