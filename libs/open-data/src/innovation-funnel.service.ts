import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dialogueFunnelNeedsSql } from '@navet/dialogue';
import { matchFunnelStepsSql } from '@navet/matching';
import { funnelNeedGroupsSql } from '@navet/needs';
import { FunnelQuery, FunnelRow } from './domain/innovation-funnel';

/**
 * The innovation funnel (open data): per group, how many needs published in the period reached each
 * step. One statement per call whatever the period, composed from the owners' fragments (needs: the
 * (need, group) pairs; matching: each need's match steps, one narrow row; dialogue: the needs in a
 * dialogue), joined by hash, so only the counts leave PostgreSQL.
 */
@Injectable()
export class InnovationFunnelService {
  constructor(private readonly ds: DataSource) {}

  async funnel(q: FunnelQuery): Promise<FunnelRow[]> {
    return (await this.ds.query(
      `WITH p AS (${funnelNeedGroupsSql(q.groupBy)}),
            m AS (${matchFunnelStepsSql()}),
            d AS (${dialogueFunnelNeedsSql()})
       SELECT p.grp AS "group", count(*)::int AS published,
              count(*) FILTER (WHERE m.suggested)::int AS "withSuggestions",
              count(*) FILTER (WHERE m.interest)::int AS "withInterest",
              count(*) FILTER (WHERE m.connected)::int AS connected,
              count(*) FILTER (WHERE d.need_id IS NOT NULL)::int AS "inDialogue",
              count(*) FILTER (WHERE p.procured)::int AS procured
         FROM p LEFT JOIN m USING (need_id) LEFT JOIN d USING (need_id)
        GROUP BY p.grp ORDER BY p.grp COLLATE "C"`,
      [q.from, q.to],
    )) as FunnelRow[];
  }
}
