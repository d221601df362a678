import { EntityManager } from 'typeorm';
import { newId } from '@navet/core';
import { organizationsByIds } from '@navet/identity';
import { canReimport, importedState, NeedBulkRow, needsBySourceRef, writeNeeds } from '@navet/needs';
import { OutboxEvent } from '@navet/outbox';
import { JobPriority } from '@navet/queue';
import type { BatchOutcome } from './import-types';
import type { ParsedNeedLine } from './need-line';
import { BuyerResolver } from './buyer-resolver';

export interface NeedBatchOptions {
  priority: JobPriority;
  publish: boolean;
  verifyBuyers: boolean;
  now: Date;
}

const UNVERIFIED =
  'buyerName: the buyer organization is not verified, so its needs cannot be published (import as drafts or verify it first)';

/**
 * Writes one batch of needs inside the caller's transaction. A re-imported source_ref updates its
 * need (version + 1, same buyer); new needs get their buyer organization, created once.
 */
export async function writeNeedBatch(
  em: EntityManager,
  batch: readonly ParsedNeedLine[],
  opts: NeedBatchOptions,
): Promise<{ outcome: BatchOutcome; events: OutboxEvent[] }> {
  const refs = batch.map((c) => c.sourceRef).filter((r): r is string => r !== null);
  const existing = await needsBySourceRef(em, refs);
  const verifiedOwners = new Set(
    (
      await organizationsByIds(
        em,
        [...existing.values()].map((n) => n.buyerOrganizationId),
      )
    )
      .filter((o) => o.verified)
      .map((o) => o.id),
  );
  const buyers = await BuyerResolver.load(
    em,
    batch.filter((c) => !(c.sourceRef && existing.has(c.sourceRef))).map((c) => c.buyer),
    opts.verifyBuyers,
  );
  const outcome: BatchOutcome = { written: [], skipped: [] };
  const rows: NeedBulkRow[] = [];
  const events: OutboxEvent[] = [];

  for (const c of batch) {
    const known = c.sourceRef ? existing.get(c.sourceRef) : undefined;
    if (known && !canReimport(known.status)) {
      outcome.skipped.push({ line: c.line, reason: 'status: the need is closed and can no longer be changed' });
      continue;
    }
    const verified = known ? verifiedOwners.has(known.buyerOrganizationId) : buyers.isVerified(c.buyer);
    if (opts.publish && known?.status !== 'PUBLISHED' && !verified) {
      outcome.skipped.push({ line: c.line, reason: UNVERIFIED });
      continue;
    }
    const id = known?.id ?? newId();
    rows.push({
      id,
      // Created only here, once the line is certain to be written: a skipped line creates no buyer.
      buyerOrganizationId: known ? known.buyerOrganizationId : buyers.idFor(c.buyer),
      createdByUserId: null,
      fields: c.fields,
      state: importedState(opts.publish, c.publishedAt ?? opts.now),
      sourceRef: c.sourceRef,
    });
    outcome.written.push({ line: c.line, id, updated: !!known });
    if (known?.status === 'PUBLISHED') events.push({ type: 'need.updated', payload: { needId: id }, priority: opts.priority });
    else if (opts.publish) events.push({ type: 'need.published', payload: { needId: id }, priority: opts.priority });
  }
  await buyers.insertNew(em, opts.now);
  await writeNeeds(em, rows, opts.now);
  return { outcome, events };
}
