import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { Actor, requireRole } from '@navet/identity';
import { countBuyerGroups } from '@navet/buyer-groups';
import { matchCounts } from '@navet/matching';
import { countPublishedNeeds } from '@navet/needs';
import { OutboxWriter } from '@navet/outbox';
import { countDiscoverableProfiles } from '@navet/suppliers';

export interface PlatformStats {
  publishedNeeds: number;
  discoverableSuppliers: number;
  suggestions: number;
  connections: number;
  buyerGroups: number;
}

/** Operator-level operations: statistics and search rebuilds. */
@Injectable()
export class PlatformService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async stats(): Promise<PlatformStats> {
    const [publishedNeeds, discoverableSuppliers, matches, buyerGroups] = await Promise.all([
      countPublishedNeeds(this.ds),
      countDiscoverableProfiles(this.ds),
      matchCounts(this.ds),
      countBuyerGroups(this.ds),
    ]);
    return { publishedNeeds, discoverableSuppliers, ...matches, buyerGroups };
  }

  /** Queues a full rebuild (fresh indexes, atomic swap) through the outbox; the worker does the work. */
  async requestReindex(actor: Actor | null): Promise<boolean> {
    requireRole(actor, 'ADMIN');
    await inTransaction(this.ds, (em) =>
      this.outbox.add(em, { type: 'search.reindex-requested', payload: { requestId: newId() } }),
    );
    return true;
  }
}
