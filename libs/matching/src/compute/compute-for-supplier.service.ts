import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { OutboxWriter } from '@navet/outbox';
import { JobPriority } from '@navet/queue';
import { anyOf, MeiliClient } from '@navet/search';
import { NeedsForSupplierSearch } from '../candidates/needs-for-supplier.service';
import { SuppliersForNeedSearch } from '../candidates/suppliers-for-need.service';
import { loadActiveCriteria } from '../criteria/criteria.store';
import type { MatchCriteriaVersion } from '../domain/criteria-version';
import { ACTED_STATUSES } from '../domain/match';
import type { MatchScore } from '../domain/score';
import { byScore, isSuggestible } from '../domain/selection';
import { feedbackCounts } from '../persistence/feedback.reader';
import { loadMatchNeeds, MatchNeed } from '../persistence/match-need.reader';
import { loadMatchSupplier, MatchSupplier } from '../persistence/match-supplier.reader';
import { alreadyComputed, lockNeedMatches, recordRun } from '../persistence/match-runs';
import {
  deleteSuggestion,
  deleteSupplierSuggestions,
  scoresOnNeed,
  trimSuggestions,
  upsertSuggestion,
} from '../persistence/suggestion.writer';
import { NeedRanker } from './need-ranker.service';

export interface SupplierComputeResult {
  outcome: 'computed' | 'skipped';
  inserted: string[];
}

/** Thrown while the suppliers index still holds an older profile; the job's retry waits for the indexer. */
export class SupplierNotIndexedYet extends Error {}

/**
 * A changed profile against open needs: it enters a need's suggestions only when it clears
 * minScore, has topical evidence (isSuggestible) and would rank within that need's top maxSuggestionsPerNeed. Scores use the same
 * need-side text query as the need matcher, so they are comparable with the stored ones.
 */
@Injectable()
export class ComputeForSupplierService {
  constructor(
    private readonly ds: DataSource,
    private readonly meili: MeiliClient,
    private readonly needSearch: NeedsForSupplierSearch,
    private readonly supplierSearch: SuppliersForNeedSearch,
    private readonly ranker: NeedRanker,
    private readonly outbox: OutboxWriter,
  ) {}

  /** `priority`: the announcements of bulk work (seeding, imports) must not queue ahead of a user's. */
  async compute(supplierId: string, priority: JobPriority = JobPriority.Interactive): Promise<SupplierComputeResult> {
    const skipped: SupplierComputeResult = { outcome: 'skipped', inserted: [] };
    if (!isId(supplierId)) return skipped;
    const supplier = await loadMatchSupplier(this.ds, supplierId);
    if (!supplier) return skipped;
    const criteria = await loadActiveCriteria(this.ds);
    if (await alreadyComputed(this.ds, 'SUPPLIER', supplierId, supplier.version, criteria.version)) return skipped;
    if (!supplier.discoverable) {
      await inTransaction(this.ds, async (em) => {
        await deleteSupplierSuggestions(em, supplierId);
        await recordRun(em, 'SUPPLIER', supplierId, supplier.version, criteria.version);
      });
      return { outcome: 'computed', inserted: [] };
    }
    await this.requireIndexed(supplier);

    const { needs, matched } = await this.candidateNeeds(supplier);
    const textScores = await this.supplierSearch.scorePairs(needs.map((need) => ({ need, supplier })));
    const inserted: string[] = [];
    for (const [i, need] of needs.entries()) {
      const feedback = (await feedbackCounts(this.ds, need, [supplierId])).get(supplierId);
      const score = this.ranker.score(need, supplier, textScores[i] ?? null, criteria, feedback);
      // Not suggestible (below minScore or no topical evidence) with no match to refresh or remove:
      // nothing to write, so no transaction.
      if (!isSuggestible(score, criteria) && !matched.has(need.id)) continue;
      const id = await this.placeOnNeed(need, supplier, score, criteria, priority);
      if (id) inserted.push(id);
    }
    await recordRun(this.ds, 'SUPPLIER', supplierId, supplier.version, criteria.version);
    return { outcome: 'computed', inserted };
  }

  /** Search candidates plus needs the supplier already has a match on (so their scores stay current). */
  private async candidateNeeds(supplier: MatchSupplier): Promise<{ needs: MatchNeed[]; matched: Set<string> }> {
    const found = await this.needSearch.forSupplier(supplier);
    const existing: { needId: string }[] = await this.ds.query(`SELECT need_id AS "needId" FROM matches WHERE supplier_id = $1`, [
      supplier.id,
    ]);
    const matched = new Set(existing.map((e) => e.needId));
    const ids = [...new Set([...found, ...matched])];
    return { needs: (await loadMatchNeeds(this.ds, ids)).filter((n) => n.status === 'PUBLISHED'), matched };
  }

  private placeOnNeed(
    need: MatchNeed,
    supplier: MatchSupplier,
    score: MatchScore,
    criteria: MatchCriteriaVersion,
    priority: JobPriority,
  ): Promise<string | null> {
    return inTransaction(this.ds, async (em) => {
      await lockNeedMatches(em, need.id);
      const scores = await scoresOnNeed(em, need.id);
      const current: { status: string }[] = await em.query(`SELECT status FROM matches WHERE need_id = $1 AND supplier_id = $2`, [
        need.id,
        supplier.id,
      ]);
      const acted = current.length > 0 && ACTED_STATUSES.includes(current[0].status as (typeof ACTED_STATUSES)[number]);
      const me = { supplierId: supplier.id, score: score.score };
      const rank = scores.filter((s) => s.supplierId !== supplier.id && byScore(s, me) < 0).length;
      const qualifies = isSuggestible(score, criteria) && rank < criteria.maxSuggestionsPerNeed;
      if (!qualifies && !acted) {
        await deleteSuggestion(em, need.id, supplier.id);
        return null;
      }
      // A pair a party acted on keeps its place and status; only its explanation is refreshed.
      const id = await upsertSuggestion(em, need.id, supplier.id, score, criteria.version);
      await trimSuggestions(em, need.id, criteria.maxSuggestionsPerNeed);
      if (id) await this.outbox.add(em, { type: 'match.suggested', payload: { matchId: id }, priority });
      return id;
    });
  }

  private async requireIndexed(supplier: MatchSupplier): Promise<void> {
    await this.meili.ready();
    const docs = await this.meili.client.index(this.meili.suppliersIndexUid).getDocuments<{ id: string; version: number }>({
      filter: anyOf('organizationId', [supplier.organizationId]) ?? undefined,
      fields: ['id', 'version'],
      limit: 1,
    });
    const indexed = docs.results[0];
    if (!indexed || indexed.version < supplier.version) {
      throw new SupplierNotIndexedYet(`supplier ${supplier.id} v${supplier.version} is not in the search index yet; retrying`);
    }
  }
}
