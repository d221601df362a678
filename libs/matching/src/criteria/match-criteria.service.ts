import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction } from '@navet/database';
import { Actor, requireRole } from '@navet/identity';
import { OutboxWriter } from '@navet/outbox';
import { MatchCriteriaInputValues, validateCriteria } from '../domain/criteria';
import type { MatchCriteriaVersion } from '../domain/criteria-version';
import { ensureDefaultCriteria, loadActiveCriteria, loadCriteriaHistory } from './criteria.store';

/** Versioned match criteria: the newest version is active; operators (admins) add versions. */
@Injectable()
export class MatchCriteriaService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The active criteria; anyone may read them (they explain every score). */
  active(): Promise<MatchCriteriaVersion> {
    return loadActiveCriteria(this.ds);
  }

  /** Every version, newest first. Admins only. */
  async history(actor: Actor | null | undefined): Promise<MatchCriteriaVersion[]> {
    requireRole(actor, 'ADMIN');
    return loadCriteriaHistory(this.ds);
  }

  /**
   * Stores the input as the new active version (author and note recorded). With `rematch`, open
   * needs are re-matched in the background: criteria.activated is written in the same transaction.
   */
  async update(actor: Actor | null | undefined, input: MatchCriteriaInputValues, rematch = true): Promise<MatchCriteriaVersion> {
    const admin = requireRole(actor, 'ADMIN');
    const criteria = validateCriteria(input);
    const version = await inTransaction(this.ds, async (em) => {
      await ensureDefaultCriteria(em);
      // Two operators saving at once get consecutive versions instead of a key clash.
      await em.query(`LOCK TABLE match_criteria IN SHARE ROW EXCLUSIVE MODE`);
      const rows: { version: number }[] = await em.query(
        `INSERT INTO match_criteria (version, weights, min_score, max_suggestions_per_need, note, created_by_user_id,
                                     similar_need_min_score)
         SELECT coalesce(max(version), 0) + 1, $1::jsonb, $2, $3, $4, $5,
                coalesce($6::double precision, (SELECT similar_need_min_score FROM match_criteria ORDER BY version DESC LIMIT 1))
           FROM match_criteria
         RETURNING version`,
        [
          JSON.stringify(criteria.weights),
          criteria.minScore,
          criteria.maxSuggestionsPerNeed,
          criteria.note,
          admin.userId,
          criteria.similarNeedMinScore,
        ],
      );
      const v = rows[0].version;
      if (rematch) await this.outbox.add(em, { type: 'criteria.activated', payload: { criteriaVersion: String(v) } });
      return v;
    });
    const stored = (await loadCriteriaHistory(this.ds)).find((c) => c.version === version);
    if (!stored) throw new Error(`criteria version ${version} vanished after insert`);
    return stored;
  }
}
