import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { OutboxWriter } from '@navet/outbox';
import { JobPriority } from '@navet/queue';
import { ReferenceCatalogue } from '@navet/reference';
import { MeiliClient } from '../client/meili-client.service';
import { waitForTask } from '../client/meili-task';
import { toNeedDocument } from '../documents/need-document';
import { toSupplierDocument } from '../documents/supplier-document';
import { publishedNeedsByIds } from '../persistence/need-source.reader';
import { discoverableSuppliersByIds, existingProfileIds } from '../persistence/supplier-source.reader';

/**
 * Makes the indexes agree with PostgreSQL for a set of ids: what may be found is upserted, the rest
 * deleted. One Meilisearch task per kind of change, whether for one id (a user's edit) or 500 (an
 * import), so bulk work costs a few tasks, not thousands. Idempotent.
 */
@Injectable()
export class DocumentSync {
  constructor(
    private readonly meili: MeiliClient,
    private readonly ds: DataSource,
    private readonly catalogue: ReferenceCatalogue,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * With `announce` (a user's change, not a bulk batch), writes `need.indexed` for every published need
   * once its document is searchable, so matching runs after indexing (see the outbox routing).
   */
  async needs(ids: readonly string[], announce = false): Promise<void> {
    await this.meili.ready();
    const valid = ids.filter(isId);
    const rows = valid.length ? await publishedNeedsByIds(this.ds, valid) : [];
    const docs = rows.map((r) => toNeedDocument(r, r.buyerName, this.catalogue));
    await this.apply(this.meili.needsIndexUid, docs, ids, new Set(rows.map((r) => r.id)));
    if (!announce || rows.length === 0) return;
    await inTransaction(this.ds, (em) =>
      this.outbox.add(em, ...rows.map((r) => ({ type: 'need.indexed' as const, payload: { needId: r.id } }))),
    );
  }

  /** Announces `supplier.indexed` for every profile that exists, so matching runs after indexing. */
  async suppliers(ids: readonly string[], priority: JobPriority = JobPriority.Interactive): Promise<void> {
    await this.meili.ready();
    const valid = ids.filter(isId);
    const rows = valid.length ? await discoverableSuppliersByIds(this.ds, valid) : [];
    const docs = rows.map((r) => toSupplierDocument(r, r.organizationName, this.catalogue));
    await this.apply(this.meili.suppliersIndexUid, docs, ids, new Set(rows.map((r) => r.id)));
    const existing = await existingProfileIds(this.ds, valid);
    if (existing.length === 0) return;
    await inTransaction(this.ds, (em) =>
      this.outbox.add(
        em,
        ...existing.map((id) => ({ type: 'supplier.indexed' as const, payload: { supplierId: id }, priority })),
      ),
    );
  }

  private async apply(indexUid: string, docs: { id: string }[], ids: readonly string[], kept: Set<string>): Promise<void> {
    const index = this.meili.client.index(indexUid);
    const gone = ids.filter((id) => !kept.has(id));
    const tasks = [];
    if (docs.length) tasks.push(waitForTask(index.addDocuments(docs, { primaryKey: 'id' })));
    if (gone.length) tasks.push(waitForTask(index.deleteDocuments(gone)));
    await Promise.all(tasks);
  }
}
