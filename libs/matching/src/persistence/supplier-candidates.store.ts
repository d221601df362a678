import type { Queryable } from '@navet/database';
import { loadMatchPool } from './match-pool';

/** Candidate generation's result for one need version (table need_candidates: a need's supplier candidates): supplier id -> (profile version, text relevance or null). */
export interface StoredSupplierCandidates {
  needVersion: number;
  generatedAt: Date;
  candidates: Map<string, { version: number; text: number | null }>;
}

export async function saveCandidates(db: Queryable, needId: string, stored: StoredSupplierCandidates): Promise<void> {
  const entries = [...stored.candidates.entries()];
  await db.query(
    `INSERT INTO need_candidates (need_id, need_version, generated_at, supplier_ids, supplier_versions, text_scores)
     VALUES ($1, $2, $3, $4::uuid[], $5::int[], $6::float8[])
     ON CONFLICT (need_id) DO UPDATE SET need_version = EXCLUDED.need_version, generated_at = EXCLUDED.generated_at,
       supplier_ids = EXCLUDED.supplier_ids, supplier_versions = EXCLUDED.supplier_versions, text_scores = EXCLUDED.text_scores`,
    [
      needId,
      stored.needVersion,
      stored.generatedAt,
      entries.map(([id]) => id),
      entries.map(([, c]) => c.version),
      entries.map(([, c]) => c.text),
    ],
  );
}

/** Whether two candidate sets hold the same suppliers, profile versions and text relevance (nothing to write). */
export function sameCandidates(a: StoredSupplierCandidates['candidates'], b: StoredSupplierCandidates['candidates']): boolean {
  if (a.size !== b.size) return false;
  for (const [id, c] of a) {
    const d = b.get(id);
    if (!d || d.version !== c.version || d.text !== c.text) return false;
  }
  return true;
}

export async function loadCandidates(db: Queryable, needId: string): Promise<StoredSupplierCandidates | null> {
  const rows: { needVersion: number; generatedAt: Date; ids: string[]; versions: number[]; texts: (number | null)[] }[] =
    await db.query(
      `SELECT need_version AS "needVersion", generated_at AS "generatedAt", supplier_ids AS ids, supplier_versions AS versions,
              text_scores AS texts
         FROM need_candidates WHERE need_id = $1`,
      [needId],
    );
  const r = rows[0];
  if (!r) return null;
  return {
    needVersion: r.needVersion,
    generatedAt: r.generatedAt,
    candidates: new Map(r.ids.map((id, i) => [id, { version: r.versions[i]!, text: r.texts[i] ?? null }])),
  };
}

/**
 * The stored candidates when they still describe this need version and today's pool (no bulk
 * profile change since they were generated), else null: then candidates must be generated again.
 */
export async function currentCandidates(
  db: Queryable,
  needId: string,
  needVersion: number,
): Promise<StoredSupplierCandidates | null> {
  const stored = await loadCandidates(db, needId);
  if (!stored || stored.needVersion !== needVersion) return null;
  const { needsStaleBefore } = await loadMatchPool(db);
  return stored.generatedAt >= needsStaleBefore ? stored : null;
}
