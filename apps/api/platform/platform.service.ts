import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { Actor, requireRole } from '@navet/identity';
import { OutboxWriter } from '@navet/outbox';

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
    const [row] = (await this.ds.query(`
      SELECT (SELECT count(*) FROM needs WHERE status = 'PUBLISHED')::int AS "publishedNeeds",
             (SELECT count(*) FROM supplier_profiles WHERE discoverable)::int AS "discoverableSuppliers",
             (SELECT count(*) FROM matches WHERE status <> 'DECLINED')::int AS "suggestions",
             (SELECT count(*) FROM matches WHERE status = 'CONNECTED')::int AS "connections"`)) as Omit<
      PlatformStats,
      'buyerGroups'
    >[];
    // Buyer groups arrive with the dialogue feature ([C]); until then none can exist.
    return { ...row!, buyerGroups: 0 };
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
