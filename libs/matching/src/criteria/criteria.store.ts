import { DEFAULT_CRITERIA, MatchWeights } from '../domain/criteria';
import type { MatchCriteriaVersion } from '../domain/criteria-version';
import type { Queryable } from '@navet/database';

interface CriteriaRow {
  version: number;
  weights: MatchWeights;
  minScore: number;
  maxSuggestionsPerNeed: number;
  note: string | null;
  similarNeedMinScore: number;
  createdAt: Date;
  createdByUserId: string | null;
}

const COLUMNS = `version, weights, min_score AS "minScore", max_suggestions_per_need AS "maxSuggestionsPerNeed", note,
  similar_need_min_score AS "similarNeedMinScore",
  created_at AS "createdAt", created_by_user_id AS "createdByUserId"`;

const toVersion = (r: CriteriaRow): MatchCriteriaVersion => ({
  version: r.version,
  weights: r.weights,
  minScore: Number(r.minScore),
  maxSuggestionsPerNeed: r.maxSuggestionsPerNeed,
  note: r.note,
  similarNeedMinScore: Number(r.similarNeedMinScore),
  createdAt: r.createdAt,
  createdByUserId: r.createdByUserId,
});

/** Seeds version 1 with DEFAULT_CRITERIA when the table is empty; safe to call concurrently. */
export async function ensureDefaultCriteria(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO match_criteria (version, weights, min_score, max_suggestions_per_need, note)
     SELECT 1, $1::jsonb, $2, $3, 'Default criteria' WHERE NOT EXISTS (SELECT 1 FROM match_criteria)
     ON CONFLICT (version) DO NOTHING`,
    [JSON.stringify(DEFAULT_CRITERIA.weights), DEFAULT_CRITERIA.minScore, DEFAULT_CRITERIA.maxSuggestionsPerNeed],
  );
}

/** The active (newest) version, seeding the default first when there is none. */
export async function loadActiveCriteria(db: Queryable): Promise<MatchCriteriaVersion> {
  const find = async (): Promise<CriteriaRow | undefined> =>
    ((await db.query(`SELECT ${COLUMNS} FROM match_criteria ORDER BY version DESC LIMIT 1`)) as CriteriaRow[])[0];
  let row = await find();
  if (!row) {
    await ensureDefaultCriteria(db);
    row = await find();
  }
  if (!row) throw new Error('match_criteria has no version after seeding');
  return toVersion(row);
}

export async function loadCriteriaHistory(db: Queryable): Promise<MatchCriteriaVersion[]> {
  await ensureDefaultCriteria(db);
  const rows: CriteriaRow[] = await db.query(`SELECT ${COLUMNS} FROM match_criteria ORDER BY version DESC`);
  return rows.map(toVersion);
}

export async function loadCriteriaVersion(db: Queryable, version: number): Promise<MatchCriteriaVersion | null> {
  const rows: CriteriaRow[] = await db.query(`SELECT ${COLUMNS} FROM match_criteria WHERE version = $1`, [version]);
  return rows[0] ? toVersion(rows[0]) : null;
}
