import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { recordSimilarNeedPairs } from '@navet/buyer-groups';
import { MatchCriteriaService, SimilarNeedsFinder } from '@navet/matching';
import { readNeed } from '@navet/needs';
import type { JobHandler, JobPayload } from '@navet/queue';
import { planSimilarNeedPair } from '../domain/buyer-group-plan';
import type { NotificationDraft } from '../domain/notification';
import { loadNeedSides } from '../persistence/need-side.reader';
import { NotificationWriter } from '../planning/notification.writer';

/** A published need tells at most this many other buyers at once (the best pairs). */
export const MAX_SIMILAR_NEED_ALERTS = 10;

/**
 * A need was published: other buyers' published needs at or above the criteria's similar-need
 * threshold are told to both buyers, once per pair. The pair rows and the notifications commit
 * together, so a re-run, or a re-publish of either need, tells nobody again.
 */
@Injectable()
export class PlanSimilarNeedsHandler implements JobHandler<'notifications.plan-similar-needs'> {
  readonly jobName = 'notifications.plan-similar-needs' as const;
  private readonly logger = new Logger(PlanSimilarNeedsHandler.name);

  constructor(
    private readonly ds: DataSource,
    private readonly finder: SimilarNeedsFinder,
    private readonly criteria: MatchCriteriaService,
    private readonly writer: NotificationWriter,
  ) {}

  async handle({ needId }: JobPayload<'notifications.plan-similar-needs'>): Promise<void> {
    if (!isId(needId)) return;
    const need = await readNeed(this.ds, needId);
    if (!need || need.status !== 'PUBLISHED') return;
    const active = await this.criteria.active();
    const similar = await this.finder.find(this.ds, need, active.weights, {
      limit: MAX_SIMILAR_NEED_ALERTS,
      minScore: active.similarNeedMinScore,
    });
    if (similar.length === 0) return;
    await inTransaction(this.ds, async (em) => {
      const fresh = await recordSimilarNeedPairs(
        em,
        need.id,
        similar.map((s) => ({ needId: s.need.id, score: s.score })),
      );
      const pairs = similar.filter((s) => fresh.has(s.need.id));
      if (pairs.length === 0) return;
      const sides = await loadNeedSides(em, [need.id, ...pairs.map((p) => p.need.id)]);
      const own = sides.get(need.id);
      if (!own) return;
      const drafts: NotificationDraft[] = pairs.flatMap((p) => {
        const other = sides.get(p.need.id);
        return other ? planSimilarNeedPair(own, other, p.score) : [];
      });
      await this.writer.recordIn(em, drafts);
    });
    this.logger.debug({ needId, similar: similar.length }, 'similar needs planned');
  }
}
