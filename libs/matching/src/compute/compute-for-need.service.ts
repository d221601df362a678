import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { OutboxWriter } from '@navet/outbox';
import { JobPriority } from '@navet/queue';
import { loadActiveCriteria } from '../criteria/criteria.store';
import { selectSuggestions } from '../domain/selection';
import { loadMatchNeed } from '../persistence/match-need.reader';
import { loadMatchPool, profilesAwaitHandOver } from '../persistence/match-pool';
import { databaseNow, lastRun, lockNeedMatches, recordRun } from '../persistence/match-runs';
import { currentCandidates, sameCandidates, saveCandidates } from '../persistence/supplier-candidates.store';
import {
  actedSupplierIds,
  deleteSuggestionsExcept,
  matchedSupplierIds,
  upsertSuggestions,
} from '../persistence/suggestion.writer';
import { NeedRanker } from './need-ranker.service';

/** deferred: published in bulk while profiles wait for the pool hand-over, which will match it once. */
export type ComputeOutcome = 'computed' | 'skipped' | 'stale' | 'deferred';

export interface NeedComputeResult {
  outcome: ComputeOutcome;
  /** Ids of matches this run created (each announced once through match.suggested). */
  inserted: string[];
}

/**
 * The matcher for one need: rank candidates, keep the top suggestions, refresh existing pairs in
 * place, drop untouched suggestions that fell out, announce only new pairs. Idempotent: the same
 * need version under the same criteria version and supplier pool is computed once, however many
 * jobs ask. After a criteria change the stored candidates are re-scored without searching.
 */
@Injectable()
export class ComputeForNeedService {
  private readonly log = new Logger(ComputeForNeedService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly ranker: NeedRanker,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * `priority`: the announcements of bulk work (seeding, re-matching) must not queue ahead of a user's.
   * `bulkPublished`: an import published the need; if its profiles are still on their way to the
   * matcher, matching now would be against part of the pool and repeated by the hand-over.
   */
  async compute(
    needId: string,
    priority: JobPriority = JobPriority.Interactive,
    bulkPublished = false,
  ): Promise<NeedComputeResult> {
    const skipped: NeedComputeResult = { outcome: 'skipped', inserted: [] };
    if (!isId(needId)) return skipped;
    if (bulkPublished && (await inTransaction(this.ds, profilesAwaitHandOver))) return { outcome: 'deferred', inserted: [] };
    const need = await loadMatchNeed(this.ds, needId);
    if (!need || need.status !== 'PUBLISHED') return skipped;
    const criteria = await loadActiveCriteria(this.ds);
    const [run, pool] = [await lastRun(this.ds, 'NEED', needId), await loadMatchPool(this.ds)];
    const upToDate =
      run?.subjectVersion === need.version && run.computedAt >= pool.needsStaleBefore && run.criteriaVersion === criteria.version;
    if (upToDate) return skipped;

    const stored = await currentCandidates(this.ds, needId, need.version);
    // When this ranking began: suggestions other runs write after it are newer than what it saw.
    const rankedAt = await databaseNow(this.ds);
    const generatedAt = stored?.generatedAt ?? rankedAt;
    const ranking = stored
      ? await this.ranker.rescore(need, criteria, stored, await matchedSupplierIds(this.ds, needId))
      : await this.ranker.rank(need, criteria, pool.needsStaleBefore);
    const { ranked, candidates } = ranking;
    // Ranked without words; the stored pairs get their details and explanation (same scores).
    const top = ranking.explain(selectSuggestions(ranked, criteria));

    const result = await inTransaction(this.ds, async (em): Promise<NeedComputeResult | 'stale'> => {
      await lockNeedMatches(em, needId);
      const fresh = await loadMatchNeed(em, needId);
      if (!fresh || fresh.status !== 'PUBLISHED') return skipped;
      // Edited while we ranked: these scores describe an old text; the newer version is matched instead.
      if (fresh.version !== need.version) {
        await this.outbox.add(em, {
          type: 'need.compute-requested',
          payload: { needId, cause: `r${fresh.version}` },
          priority: JobPriority.Interactive,
        });
        return 'stale';
      }
      // A run that started later (after a pool change, say) already wrote: these older results must not replace it.
      const latest = await lastRun(em, 'NEED', needId);
      if (
        latest?.subjectVersion === need.version &&
        latest.criteriaVersion === criteria.version &&
        latest.computedAt > generatedAt
      )
        return skipped;
      const inserted = await upsertSuggestions(em, needId, top, criteria.version);
      await deleteSuggestionsExcept(
        em,
        needId,
        top.map((s) => s.supplierId),
        rankedAt,
      );
      // Pairs a party acted on stay whatever their rank; they are re-scored so every score shows the active criteria.
      const acted = new Set(await actedSupplierIds(em, needId));
      const inTop = new Set(top.map((s) => s.supplierId));
      await upsertSuggestions(
        em,
        needId,
        ranking.explain(ranked.filter((s) => acted.has(s.supplierId) && !inTop.has(s.supplierId))),
        criteria.version,
      );
      await this.outbox.add(
        em,
        ...inserted.map((matchId) => ({ type: 'match.suggested' as const, payload: { matchId }, priority })),
      );
      // A re-score of unchanged candidates (a criteria change) leaves their row (~450 entries) as it is.
      if (!stored || !sameCandidates(stored.candidates, candidates))
        await saveCandidates(em, needId, { needVersion: need.version, generatedAt, candidates });
      // The run is as old as its candidates: a bulk profile change after generatedAt makes it stale.
      await recordRun(em, 'NEED', needId, need.version, criteria.version, generatedAt);
      return { outcome: 'computed', inserted };
    });

    if (result === 'stale') return { outcome: 'stale', inserted: [] };
    // Once per need and re-match (thousands while seeding): debug; failures and pool summaries stay at info/warn.
    if (result.outcome === 'computed') this.log.debug(`need ${needId}: ${top.length} suggestions, ${result.inserted.length} new`);
    return result;
  }
}
