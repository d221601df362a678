import type { Queryable } from '@navet/database';
import { LedgerAction, LedgerEntry, nextEntry } from '../domain/ledger-chain';

/** One contact to record; `at` defaults to now. */
export interface LedgerAppend {
  needId: string;
  action: LedgerAction;
  /** The organization that acted or was contacted; null for Navet itself. */
  actorOrganizationId: string | null;
  /** Readable, without personal names, e-mail addresses or message text. */
  summary: string;
  at?: Date;
}

// Advisory-lock class for ledger appends (the second key is the need's hash): one writer per need at a time.
const LEDGER_LOCK_CLASS = 4801;

/**
 * Appends entries inside the caller's transaction, so an action and its entry commit or roll back
 * together. Appends are serialized per need by a transaction-scoped advisory lock taken in need-id
 * order (no deadlock between two multi-need appends); the head is read after the lock, so
 * concurrent actions never fork a chain. The primary key (need_id, sequence) backs this up.
 * Call it last in a transaction: the lock is held until commit.
 */
export async function appendLedgerEntries(tx: Queryable, appends: readonly LedgerAppend[]): Promise<LedgerEntry[]> {
  if (appends.length === 0) return [];
  const at = new Date();
  const needIds = [...new Set(appends.map((a) => a.needId))].sort();
  // One round trip; the sorted subquery makes the locks come in need-id order.
  await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext(id)) FROM (SELECT unnest($2::text[]) AS id ORDER BY 1) ids`, [
    LEDGER_LOCK_CLASS,
    needIds,
  ]);
  const heads = await readHeads(tx, needIds);
  const written: LedgerEntry[] = [];
  for (const a of appends) {
    const e = nextEntry(heads.get(a.needId) ?? null, {
      needId: a.needId,
      at: a.at ?? at,
      action: a.action,
      actorOrganizationId: a.actorOrganizationId,
      summary: a.summary,
    });
    heads.set(a.needId, e);
    written.push(e);
  }
  // Column arrays, not one placeholder per value: a bulk import appends thousands at once.
  const col = <K extends keyof LedgerEntry>(k: K) => written.map((e) => e[k]);
  await tx.query(
    `INSERT INTO ledger_entries (need_id, sequence, at, action, actor_organization_id, summary, previous_hash, hash)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[])`,
    [
      col('needId'),
      col('sequence'),
      col('at'),
      col('action'),
      col('actorOrganizationId'),
      col('summary'),
      col('previousHash'),
      col('hash'),
    ],
  );
  return written;
}

export const appendLedgerEntry = async (tx: Queryable, append: LedgerAppend): Promise<LedgerEntry> =>
  (await appendLedgerEntries(tx, [append]))[0]!;

async function readHeads(tx: Queryable, needIds: readonly string[]): Promise<Map<string, LedgerEntry>> {
  const rows: LedgerRow[] = await tx.query(
    `SELECT DISTINCT ON (need_id) ${COLUMNS} FROM ledger_entries WHERE need_id = ANY($1::uuid[]) ORDER BY need_id, sequence DESC`,
    [needIds],
  );
  return new Map(rows.map((r) => [r.needId, toEntry(r)]));
}

export const COLUMNS = `need_id AS "needId", sequence, at, action, actor_organization_id AS "actorOrganizationId",
  summary, previous_hash AS "previousHash", hash`;

export type LedgerRow = LedgerEntry;
export const toEntry = (r: LedgerRow): LedgerEntry => ({ ...r, at: new Date(r.at) });
