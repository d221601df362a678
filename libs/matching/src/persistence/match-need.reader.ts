import type { FocusArea, SolutionReadiness } from '@navet/reference';
import type { Queryable } from './queryable';

/** What matching reads from a need: its text, classification, status and version. */
export interface MatchNeed {
  id: string;
  buyerOrganizationId: string;
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: string[];
  language: string;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: FocusArea[];
  readiness: SolutionReadiness;
  status: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
  dialogueDeadline: Date | null;
  version: number;
}

const COLUMNS = `
  id, buyer_organization_id AS "buyerOrganizationId", title, summary, description,
  desired_outcomes AS "desiredOutcomes", language, cpv_codes AS "cpvCodes", region_codes AS "regionCodes",
  focus_areas AS "focusAreas", readiness, status, dialogue_deadline AS "dialogueDeadline", version`;

export async function loadMatchNeed(db: Queryable, id: string, forShare = false): Promise<MatchNeed | null> {
  const rows: MatchNeed[] = await db.query(`SELECT ${COLUMNS} FROM needs WHERE id = $1 ${forShare ? 'FOR SHARE' : ''}`, [id]);
  return rows[0] ?? null;
}

export function loadMatchNeeds(db: Queryable, ids: readonly string[]): Promise<MatchNeed[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query(`SELECT ${COLUMNS} FROM needs WHERE id = ANY($1::uuid[])`, [ids]);
}

/** Published needs after `afterId` in id order (keyset pagination for bulk re-matching). */
export async function publishedNeedIdsAfter(db: Queryable, afterId: string | null, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM needs WHERE status = 'PUBLISHED' AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map((r) => r.id);
}
