import type { Queryable } from '@navet/database';
import type { LedgerEntry } from '../domain/ledger-chain';
import { COLUMNS, LedgerRow, toEntry } from './ledger.writer';

/** A need's whole ledger, oldest first. */
export async function readLedger(db: Queryable, needId: string): Promise<LedgerEntry[]> {
  const rows: LedgerRow[] = await db.query(`SELECT ${COLUMNS} FROM ledger_entries WHERE need_id = $1 ORDER BY sequence`, [
    needId,
  ]);
  return rows.map(toEntry);
}

export interface LedgerHead {
  length: number;
  headHash: string | null;
}

/** Length and head hash per need (public figures); needs without entries are absent. */
export async function readLedgerHeads(db: Queryable, needIds: readonly string[]): Promise<Map<string, LedgerHead>> {
  if (needIds.length === 0) return new Map();
  const rows: { needId: string; sequence: number; hash: string }[] = await db.query(
    `SELECT DISTINCT ON (need_id) need_id AS "needId", sequence, hash FROM ledger_entries
     WHERE need_id = ANY($1::uuid[]) ORDER BY need_id, sequence DESC`,
    [needIds],
  );
  return new Map(rows.map((r) => [r.needId, { length: r.sequence, headHash: r.hash }]));
}
