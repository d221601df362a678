import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, requireRole } from '@navet/identity';
import { NeedRanker } from '../compute/need-ranker.service';
import { MatchCriteriaInputValues, MatchCriteriaValues, validateCriteria } from '../domain/criteria';
import type { CriteriaEvaluation } from '../domain/criteria-version';
import { EvalQuery, summarize } from '../domain/metrics';
import { selectSuggestions } from '../domain/selection';
import { loadMatchNeeds } from '../persistence/match-need.reader';
import { countDiscoverableSuppliers } from '../persistence/match-supplier.reader';
import { currentCandidates } from '../persistence/supplier-candidates.store';
import { matchedSupplierIds } from '../persistence/suggestion.writer';

/** Replays at most this many labelled needs (the most recently active ones) per evaluation. */
export const MAX_EVALUATED_NEEDS = 200;
/** Needs replayed at once (each holds one pooled connection at a time). */
export const REPLAY_CONCURRENCY = 4;

interface LabelRow {
  needId: string;
  supplierId: string;
  status: string;
  ratedRelevant: boolean | null;
  ratedIrrelevant: boolean | null;
}

/**
 * An explicit rating is the strongest label (relevant when some party said so and none said
 * otherwise); without one, interest, invitation and connection count as relevant and a decline
 * as not relevant.
 */
function isRelevant(r: LabelRow): boolean {
  if (r.ratedRelevant || r.ratedIrrelevant) return !!r.ratedRelevant && !r.ratedIrrelevant;
  return r.status === 'INTERESTED' || r.status === 'INVITED' || r.status === 'CONNECTED';
}

/** Dry run of candidate criteria against recorded outcomes; writes nothing. Admins only. */
@Injectable()
export class CriteriaEvaluationService {
  constructor(
    private readonly ds: DataSource,
    private readonly ranker: NeedRanker,
  ) {}

  async evaluate(actor: Actor | null | undefined, input: MatchCriteriaInputValues): Promise<CriteriaEvaluation> {
    requireRole(actor, 'ADMIN');
    const criteria = validateCriteria(input);
    const [result] = await this.replay([criteria]);
    return result;
  }

  /**
   * Replays each set of criteria over the same labelled needs (the background replay compares a
   * candidate with the active criteria this way). `onProgress(done, total)` runs after each need.
   */
  async replay(
    criteriaSets: readonly MatchCriteriaValues[],
    onProgress?: (done: number, total: number) => Promise<void>,
  ): Promise<CriteriaEvaluation[]> {
    const labels = await this.labels();
    const needs = await loadMatchNeeds(this.ds, [...labels.keys()]);
    const queries: EvalQuery[][] = criteriaSets.map(() => new Array<EvalQuery>(needs.length));
    let done = 0;
    let next = 0;
    // Replaying a need mostly waits for Meilisearch and PostgreSQL: a few at a time use that wait.
    const replayNext = async (): Promise<void> => {
      for (let at = next++; at < needs.length; at = next++) {
        const need = needs[at]!;
        // What the matcher would store under these criteria, best first: like the matcher, from the
        // stored candidates when they still hold (no search), else from a fresh candidate generation.
        // Candidates do not depend on the criteria: generated (or re-measured) once for every set.
        const stored = await currentCandidates(this.ds, need.id, need.version);
        const matched = stored ? await matchedSupplierIds(this.ds, need.id) : [];
        const rankings = await this.ranker.rankEach(need, criteriaSets, stored, matched);
        for (const [i, criteria] of criteriaSets.entries()) {
          const ranked = selectSuggestions(rankings[i]!.ranked, criteria).map((s) => s.supplierId);
          queries[i]![at] = { ranked, relevant: labels.get(need.id) ?? [] };
        }
        done += 1;
        if (onProgress) await onProgress(done, needs.length);
      }
    };
    await Promise.all(Array.from({ length: REPLAY_CONCURRENCY }, replayNext));
    const discoverable = await countDiscoverableSuppliers(this.ds);
    return queries.map((q) => {
      const summary = summarize(q, discoverable);
      return {
        evaluatedNeeds: summary.evaluated,
        hitAt10: summary.hitAt10,
        mrr: summary.mrr,
        ndcgAt10: summary.ndcgAt10,
        coverage: summary.coverage,
      };
    });
  }

  /** Need id -> suppliers judged relevant, for needs with any recorded outcome or rating. */
  private async labels(): Promise<Map<string, string[]>> {
    const rows: LabelRow[] = await this.ds.query(
      `WITH labelled AS (
         SELECT m.need_id, max(m.updated_at) AS last_activity FROM matches m
          WHERE m.status NOT IN ('SUGGESTED', 'WITHDRAWN') OR EXISTS (SELECT 1 FROM match_ratings r WHERE r.match_id = m.id)
          GROUP BY m.need_id ORDER BY last_activity DESC LIMIT $1
       )
       SELECT m.need_id AS "needId", m.supplier_id AS "supplierId", m.status,
              bool_or(r.relevant) AS "ratedRelevant", bool_or(NOT r.relevant) AS "ratedIrrelevant"
         FROM matches m JOIN labelled l ON l.need_id = m.need_id LEFT JOIN match_ratings r ON r.match_id = m.id
        GROUP BY m.id, m.need_id, m.supplier_id, m.status`,
      [MAX_EVALUATED_NEEDS],
    );
    const out = new Map<string, string[]>();
    for (const r of rows) {
      const list = out.get(r.needId) ?? [];
      if (isRelevant(r)) list.push(r.supplierId);
      out.set(r.needId, list);
    }
    return out;
  }
}
