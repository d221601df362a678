import { bulkInsert, Queryable } from '@navet/database';
import type { NeedOutcome, NeedOutcomeResult } from '../domain/need-outcome';

/** [P] Outcomes of closed needs: written once, when the need is closed (or seeded closed). */
export async function insertNeedOutcomes(
  db: Queryable,
  rows: readonly { needId: string; outcome: NeedOutcome }[],
): Promise<void> {
  if (rows.length === 0) return;
  await bulkInsert(db, {
    table: 'need_outcomes',
    columns: ['need_id', 'result', 'summary', 'lessons_learned', 'contracted_supplier_ids', 'recorded_at'],
    casts: { contracted_supplier_ids: 'uuid[]' },
    rows: rows.map(({ needId, outcome: o }) => [
      needId,
      o.result,
      o.summary,
      o.lessonsLearned,
      o.contractedSupplierIds,
      o.recordedAt,
    ]),
  });
}

interface OutcomeRow {
  needId: string;
  result: NeedOutcomeResult;
  summary: string;
  lessonsLearned: string | null;
  contractedSupplierIds: string[];
  recordedAt: Date;
}

/** Need id -> its outcome, for the needs that have one (one statement). */
export async function needOutcomesByNeedIds(db: Queryable, needIds: readonly string[]): Promise<Map<string, NeedOutcome>> {
  if (needIds.length === 0) return new Map();
  const rows: OutcomeRow[] = await db.query(
    `SELECT need_id AS "needId", result, summary, lessons_learned AS "lessonsLearned",
            contracted_supplier_ids AS "contractedSupplierIds", recorded_at AS "recordedAt"
       FROM need_outcomes WHERE need_id = ANY($1::uuid[])`,
    [[...new Set(needIds)]],
  );
  return new Map(rows.map(({ needId, ...o }) => [needId, o]));
}
