import type { Queryable } from '@navet/database';
import type { FocusArea, SolutionReadiness } from '@navet/reference';
import type { NeedFields, ProcurementStage } from '../domain/need';

/** A public version of a need as it was released (need_versions). */
export interface NeedVersion extends NeedFields {
  needId: string;
  version: number;
  releasedAt: Date;
  buyerOrganizationId: string;
  status: 'PUBLISHED' | 'CLOSED';
  stage: ProcurementStage;
  publishedAt: Date | null;
  closedAt: Date | null;
  /** The need's first public version (its first publication). */
  first: boolean;
}

/** Position in the feed: versions are ordered by (releasedAt, needId, version). */
export interface NeedVersionCursor {
  releasedAt: Date;
  needId: string;
  version: number;
}

export interface NeedVersionQuery {
  /** Versions released at or after this instant; null = from the beginning. */
  since: Date | null;
  /** Strictly after this position (keyset paging). */
  after: NeedVersionCursor | null;
  limit: number;
}

interface Row extends Omit<NeedVersion, 'estimatedValueSek' | 'focusAreas' | 'readiness'> {
  estimatedValueSek: string | null;
  focusAreas: FocusArea[];
  readiness: SolutionReadiness;
}

/** Public need versions in feed order; stable under concurrent writes (keyset, no offsets). */
export async function needVersionsAfter(db: Queryable, q: NeedVersionQuery): Promise<NeedVersion[]> {
  const rows: Row[] = await db.query(
    `SELECT v.need_id AS "needId", v.version, v.released_at AS "releasedAt", v.buyer_organization_id AS "buyerOrganizationId",
       v.title, v.summary, v.description, v.desired_outcomes AS "desiredOutcomes", v.language, v.cpv_codes AS "cpvCodes",
       v.region_codes AS "regionCodes", v.focus_areas AS "focusAreas", v.readiness,
       v.estimated_value_sek AS "estimatedValueSek", v.dialogue_deadline AS "dialogueDeadline", v.status, v.stage,
       v.published_at AS "publishedAt", v.closed_at AS "closedAt",
       v.version = (SELECT min(f.version) FROM need_versions f WHERE f.need_id = v.need_id) AS first
     FROM need_versions v
     WHERE ($1::timestamptz IS NULL OR v.released_at >= $1::timestamptz)
       AND ($2::timestamptz IS NULL OR (v.released_at, v.need_id, v.version) > ($2::timestamptz, $3::uuid, $4::int))
     ORDER BY v.released_at, v.need_id, v.version
     LIMIT $5`,
    [q.since, q.after?.releasedAt ?? null, q.after?.needId ?? null, q.after?.version ?? null, q.limit],
  );
  return rows.map((r) => ({ ...r, estimatedValueSek: r.estimatedValueSek === null ? null : Number(r.estimatedValueSek) }));
}
