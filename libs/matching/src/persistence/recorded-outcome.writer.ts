import { bulkInsert, Queryable } from '@navet/database';
import { newId } from '@navet/core';

/**
 * Matches recorded after the fact (the demo's TED award winners): the contracted suppliers of a
 * closed need, CONNECTED from both sides at the award date. They give the criteria replay
 * labelled needs; they were never scored (score 0, no components).
 */
export async function recordContractedMatches(
  db: Queryable,
  outcome: { needId: string; supplierIds: readonly string[]; explanation: string; at: Date },
): Promise<number> {
  const columns = [
    'id',
    'need_id',
    'supplier_id',
    'status',
    'supplier_interested',
    'buyer_invited',
    'score',
    'components',
    'explanation',
    'criteria_version',
    'origin',
    'connected_at',
    'contracted_at',
    'created_at',
    'updated_at',
  ];
  const { needId, explanation, at } = outcome;
  await bulkInsert(db, {
    table: 'matches',
    columns,
    casts: { components: 'jsonb' },
    rows: outcome.supplierIds.map((s) => [
      newId(),
      needId,
      s,
      'CONNECTED',
      true,
      true,
      0,
      '[]',
      explanation,
      1,
      'BUYER',
      at,
      at,
      at,
      at,
    ]),
  });
  return outcome.supplierIds.length;
}

/**
 * [P] A buyer's recorded outcome: the contracted suppliers' matches on the need are marked contracted
 * (and CONNECTED: a contract is the strongest positive outcome FEEDBACK and the criteria replay read);
 * suppliers found outside Navet get a recorded match. Runs in the closing transaction.
 */
export async function markContractedMatches(
  db: Queryable,
  outcome: { needId: string; supplierIds: readonly string[]; explanation: string; at: Date },
): Promise<number> {
  if (outcome.supplierIds.length === 0) return 0;
  const updated: { supplierId: string }[] = await db.query(
    // In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    `WITH marked AS (
       UPDATE matches SET status = 'CONNECTED', supplier_interested = true, buyer_invited = true,
              connected_at = COALESCE(connected_at, $3), contracted_at = $3, updated_at = $3
        WHERE need_id = $1 AND supplier_id = ANY($2::uuid[])
        RETURNING supplier_id)
     SELECT supplier_id AS "supplierId" FROM marked`,
    [outcome.needId, outcome.supplierIds, outcome.at],
  );
  const known = new Set(updated.map((r) => r.supplierId));
  const missing = outcome.supplierIds.filter((s) => !known.has(s));
  await recordContractedMatches(db, { ...outcome, supplierIds: missing });
  return outcome.supplierIds.length;
}
