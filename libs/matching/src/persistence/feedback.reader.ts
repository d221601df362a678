import { cpvDivision } from '@navet/reference';
import type { FeedbackCounts } from '../domain/feedback-fit';
import type { Queryable } from './queryable';

/**
 * Each candidate's recorded outcomes on OTHER needs sharing a CPV division with this need: ratings
 * (relevant true/false) and match outcomes (interest, invitation, connection positive; decline
 * negative). The need itself is left out so a replay cannot learn from the answer it is judged on.
 * One query for all candidates.
 */
export async function feedbackCounts(
  db: Queryable,
  need: { id: string; cpvCodes: readonly string[] },
  supplierIds: readonly string[],
): Promise<Map<string, FeedbackCounts>> {
  const out = new Map<string, FeedbackCounts>();
  const divisions = [...new Set(need.cpvCodes.map(cpvDivision))];
  if (supplierIds.length === 0 || divisions.length === 0) return out;
  const rows: { supplierId: string; positive: number; negative: number }[] = await db.query(
    // Untouched, unrated suggestions carry no outcome: only acted or rated matches are read, so the
    // cost follows the feedback recorded, not the (large) number of suggestions a supplier has.
    `WITH related AS (
       SELECT m.id, m.supplier_id, m.status, m.need_id FROM matches m
        WHERE m.supplier_id = ANY($1::uuid[]) AND m.status <> 'SUGGESTED'
       UNION
       SELECT m.id, m.supplier_id, m.status, m.need_id FROM match_ratings r JOIN matches m ON m.id = r.match_id
        WHERE m.supplier_id = ANY($1::uuid[])
     ), scoped AS (
       SELECT rel.id, rel.supplier_id, rel.status FROM related rel JOIN needs n ON n.id = rel.need_id
        WHERE rel.need_id <> $2 AND EXISTS (SELECT 1 FROM unnest(n.cpv_codes) c WHERE left(c, 2) = ANY($3::text[]))
     ), outcomes AS (
       SELECT supplier_id, (status IN ('INTERESTED', 'INVITED', 'CONNECTED'))::int AS pos, (status = 'DECLINED')::int AS neg
         FROM scoped
       UNION ALL
       SELECT s.supplier_id, r.relevant::int, (NOT r.relevant)::int FROM match_ratings r JOIN scoped s ON s.id = r.match_id
     )
     SELECT supplier_id AS "supplierId", sum(pos)::int AS positive, sum(neg)::int AS negative
       FROM outcomes GROUP BY supplier_id`,
    [supplierIds, need.id, divisions],
  );
  for (const r of rows) out.set(r.supplierId, { positive: r.positive, negative: r.negative });
  return out;
}
