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
    ]),
  });
  return outcome.supplierIds.length;
}
