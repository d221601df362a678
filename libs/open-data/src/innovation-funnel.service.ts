import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dialogueFunnelCounts } from '@navet/dialogue';
import { matchFunnelCounts } from '@navet/matching';
import { funnelNeedGroups } from '@navet/needs';
import { FunnelQuery, FunnelRow, funnelRows } from './domain/innovation-funnel';

/**
 * The innovation funnel (open data): per group, how many needs published in the period reached each
 * step. Three statements per call whatever the period — the needs' (need, group) pairs, then the
 * matching and dialogue counts over those pairs, in parallel — each in its owner's reader.
 */
@Injectable()
export class InnovationFunnelService {
  constructor(private readonly ds: DataSource) {}

  async funnel(q: FunnelQuery): Promise<FunnelRow[]> {
    const needs = await funnelNeedGroups(this.ds, q.groupBy, q);
    const [matches, dialogues] = await Promise.all([
      matchFunnelCounts(this.ds, needs.needIds, needs.groups),
      dialogueFunnelCounts(this.ds, needs.needIds, needs.groups),
    ]);
    return funnelRows(needs, matches, dialogues);
  }
}
