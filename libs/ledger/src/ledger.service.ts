import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { LedgerEntry } from './domain/ledger-chain';
import { LedgerHead, readLedger, readLedgerHeads } from './persistence/ledger.reader';

/** Reads ledgers for callers that already decided who may see them (see the API's access checks). */
@Injectable()
export class LedgerService {
  constructor(private readonly ds: DataSource) {}

  /** Public figures: a need without entries has length 0 and no head hash. */
  async heads(needIds: readonly string[]): Promise<Map<string, LedgerHead>> {
    return readLedgerHeads(this.ds, needIds);
  }

  entries(needId: string): Promise<LedgerEntry[]> {
    return readLedger(this.ds, needId);
  }
}
