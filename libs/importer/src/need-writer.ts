import { EntityManager } from 'typeorm';
import { newId } from '@navet/core';
import { OutboxEvent } from '@navet/outbox';
import { JobPriority } from '@navet/queue';
import type { BatchOutcome } from './import-types';
import type { NeedCandidate } from './need-line';
import { BuyerResolver } from './buyer-resolver';
import { takeNew, upsertBySourceRef } from './upsert-rows';

const NEED_FIELDS = [
  'title',
  'summary',
  'description',
  'desired_outcomes',
  'language',
  'cpv_codes',
  'region_codes',
  'focus_areas',
  'readiness',
  'estimated_value_sek',
  'dialogue_deadline',
];
const COLUMNS = ['id', 'buyer_organization_id', ...NEED_FIELDS, 'status', 'stage', 'published_at', 'source_ref'];
const CASTS = { desired_outcomes: 'text[]', cpv_codes: 'text[]', region_codes: 'text[]', focus_areas: 'text[]' };
// The lifecycle only moves forward: a re-import may publish a draft, never unpublish; closed needs stay untouched.
const ON_CONFLICT = `${takeNew(NEED_FIELDS)},
  status = CASE WHEN needs.status = 'DRAFT' THEN EXCLUDED.status ELSE needs.status END,
  stage = CASE WHEN needs.status = 'DRAFT' THEN EXCLUDED.stage ELSE needs.stage END,
  published_at = COALESCE(needs.published_at, EXCLUDED.published_at),
  version = needs.version + 1, updated_at = now()
  WHERE needs.status <> 'CLOSED'`;

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
  batch: readonly NeedCandidate[],
  opts: NeedBatchOptions,
): Promise<{ outcome: BatchOutcome; events: OutboxEvent[] }> {
  const refs = batch.map((c) => c.sourceRef).filter((r): r is string => r !== null);
  const existing = new Map(
    (
      (await em.query(
        `SELECT n.id, n.source_ref, n.status, n.buyer_organization_id, o.verified FROM needs n JOIN organizations o ON o.id = n.buyer_organization_id
        WHERE n.source_ref = ANY($1::text[])`,
        [refs],
      )) as { id: string; source_ref: string; status: string; buyer_organization_id: string; verified: boolean }[]
    ).map((r) => [r.source_ref, r]),
  );
  const buyers = await BuyerResolver.load(
    em,
    batch.filter((c) => !(c.sourceRef && existing.has(c.sourceRef))).map((c) => c.buyer),
    opts.verifyBuyers,
  );
  const outcome: BatchOutcome = { written: [], skipped: [] };
  const rows: unknown[][] = [];
  const events: OutboxEvent[] = [];
  const status = opts.publish ? 'PUBLISHED' : 'DRAFT';

  for (const c of batch) {
    const known = c.sourceRef ? existing.get(c.sourceRef) : undefined;
    if (known?.status === 'CLOSED') {
      outcome.skipped.push({ line: c.line, reason: 'status: the need is closed and can no longer be changed' });
      continue;
    }
    const verified = known ? known.verified : buyers.isVerified(c.buyer);
    if (opts.publish && known?.status !== 'PUBLISHED' && !verified) {
      outcome.skipped.push({ line: c.line, reason: UNVERIFIED });
      continue;
    }
    const id = known?.id ?? newId();
    const f = c.fields;
    rows.push([
      id,
      // Created only here, once the line is certain to be written: a skipped line creates no buyer.
      known ? known.buyer_organization_id : buyers.idFor(c.buyer),
      f.title,
      f.summary,
      f.description,
      f.desiredOutcomes,
      f.language,
      f.cpvCodes,
      f.regionCodes,
      f.focusAreas,
      f.readiness,
      f.estimatedValueSek,
      f.dialogueDeadline,
      status,
      opts.publish ? 'MARKET_DIALOGUE' : 'NEED_ANALYSIS',
      opts.publish ? (c.publishedAt ?? opts.now) : null,
      c.sourceRef,
    ]);
    outcome.written.push({ line: c.line, id, updated: !!known });
    if (known?.status === 'PUBLISHED') events.push({ type: 'need.updated', payload: { needId: id }, priority: opts.priority });
    else if (opts.publish) events.push({ type: 'need.published', payload: { needId: id }, priority: opts.priority });
  }
  await buyers.insertNew(em, opts.now);
  await upsertBySourceRef(em, 'needs', COLUMNS, rows, CASTS, ON_CONFLICT);
  return { outcome, events };
}
