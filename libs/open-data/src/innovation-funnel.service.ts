import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dialogueFunnelFlagSql } from '@navet/dialogue';
import { matchFunnelFlagsSql } from '@navet/matching';
import { funnelNeedGroupsSql } from '@navet/needs';
import { FunnelQuery, FunnelRow } from './domain/innovation-funnel';

/**
 * The innovation funnel (open data): per group, how many needs published in the period reached each
 * step. One statement per call whatever the period, composed from the owners' fragments (needs: the
 * (need, group) pairs; matching and dialogue: per-need flags), so only the counts leave PostgreSQL.
 */
@Injectable()
export class InnovationFunnelService {
  constructor(private readonly ds: DataSource) {}

  async funnel(q: FunnelQuery): Promise<FunnelRow[]> {
    return (await this.ds.query(
      `WITH p AS (${funnelNeedGroupsSql(q.groupBy)}),
            f AS (SELECT n.need_id, ${matchFunnelFlagsSql('n.need_id')}, ${dialogueFunnelFlagSql('n.need_id')}
                    FROM (SELECT DISTINCT need_id FROM p) n)
       SELECT p.grp AS "group", count(*)::int AS published,
              count(*) FILTER (WHERE f.suggested)::int AS "withSuggestions",
              count(*) FILTER (WHERE f.interest)::int AS "withInterest",
              count(*) FILTER (WHERE f.connected)::int AS connected,
              count(*) FILTER (WHERE f.in_dialogue)::int AS "inDialogue",
              count(*) FILTER (WHERE p.procured)::int AS procured
         FROM p JOIN f USING (need_id)
        GROUP BY p.grp ORDER BY p.grp COLLATE "C"`,
      [q.from, q.to],
    )) as FunnelRow[];
  }
}
