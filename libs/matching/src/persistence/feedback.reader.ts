import { needIdsInCpvDivisions } from '@navet/needs';
import { cpvDivision } from '@navet/reference';
import type { FeedbackCounts } from '../domain/feedback-fit';
import { ACTED_STATUSES, POSITIVE_STATUSES } from '../domain/match';
import type { Queryable } from '@navet/database';

interface RelatedMatch {
  id: string;
  supplierId: string;
  status: string;
  needId: string;
}

const POSITIVE = new Set<string>(POSITIVE_STATUSES);

/**
 * Each candidate's recorded outcomes on OTHER needs sharing a CPV division with this need: ratings
 * (relevant true/false) and match outcomes (interest, invitation, connection positive; decline
 * negative). The need itself is left out so a replay cannot learn from the answer it is judged on.
 *
 * Untouched, unrated suggestions carry no outcome, so only acted or rated matches are read: the
 * cost follows the feedback recorded, not the hundreds of thousands of suggestions of a loaded
 * world. In steps, because one statement let the planner scan every need's CPV codes.
 */
export async function feedbackCounts(
  db: Queryable,
  need: { id: string; cpvCodes: readonly string[] },
  supplierIds: readonly string[],
): Promise<Map<string, FeedbackCounts>> {
  const out = new Map<string, FeedbackCounts>();
  const divisions = [...new Set(need.cpvCodes.map(cpvDivision))];
  if (supplierIds.length === 0 || divisions.length === 0) return out;
  const related: RelatedMatch[] = await db.query(
    `SELECT m.id, m.supplier_id AS "supplierId", m.status, m.need_id AS "needId" FROM matches m
      WHERE m.supplier_id = ANY($1::uuid[]) AND m.status = ANY($3::text[]) AND m.need_id <> $2
     UNION
     SELECT m.id, m.supplier_id, m.status, m.need_id FROM match_ratings r JOIN matches m ON m.id = r.match_id
      WHERE m.supplier_id = ANY($1::uuid[]) AND m.need_id <> $2`,
    // Statuses listed, not "<> 'SUGGESTED'": equality on both columns of matches_supplier_idx is
    // planned as an index scan even before the table was analyzed.
    [supplierIds, need.id, ACTED_STATUSES],
  );
  if (related.length === 0) return out;
  const scopedNeeds = await needIdsInCpvDivisions(db, [...new Set(related.map((r) => r.needId))], divisions);
  const scoped = related.filter((r) => scopedNeeds.has(r.needId));
  if (scoped.length === 0) return out;
  const ratings: { matchId: string; relevant: boolean }[] = await db.query(
    `SELECT match_id AS "matchId", relevant FROM match_ratings WHERE match_id = ANY($1::uuid[])`,
    [scoped.map((r) => r.id)],
  );
  const supplierOf = new Map(scoped.map((r) => [r.id, r.supplierId]));
  const add = (supplierId: string, positive: number, negative: number) => {
    const c = out.get(supplierId) ?? { positive: 0, negative: 0 };
    out.set(supplierId, { positive: c.positive + positive, negative: c.negative + negative });
  };
  for (const r of scoped) add(r.supplierId, POSITIVE.has(r.status) ? 1 : 0, r.status === 'DECLINED' ? 1 : 0);
  for (const r of ratings) add(supplierOf.get(r.matchId)!, r.relevant ? 1 : 0, r.relevant ? 0 : 1);
  return out;
}
