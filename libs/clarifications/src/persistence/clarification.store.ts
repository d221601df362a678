import type { Queryable } from '@navet/database';
import type { Clarification } from '../domain/clarification';

/** The clarifications table: written by the publish use case, read by the API and the notification planner. */

const COLUMNS = `id, need_id AS "needId", question, answer, published_at AS "publishedAt"`;

export interface NewClarification extends Clarification {
  /** Null for rows no signed-in user wrote (the demo seed). */
  publishedByUserId: string | null;
}

export async function insertClarification(db: Queryable, c: NewClarification): Promise<void> {
  await db.query(
    `INSERT INTO clarifications (id, need_id, question, answer, published_by_user_id, published_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [c.id, c.needId, c.question, c.answer, c.publishedByUserId, c.publishedAt],
  );
}

export async function readClarification(db: Queryable, id: string): Promise<Clarification | null> {
  const rows: Clarification[] = await db.query(`SELECT ${COLUMNS} FROM clarifications WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

export function readClarifications(db: Queryable, ids: readonly string[]): Promise<Clarification[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query(`SELECT ${COLUMNS} FROM clarifications WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
}

/** Every clarification of the given needs, oldest first per need. */
export async function clarificationsOfNeeds(db: Queryable, needIds: readonly string[]): Promise<Map<string, Clarification[]>> {
  const out = new Map<string, Clarification[]>();
  if (needIds.length === 0) return out;
  const rows: Clarification[] = await db.query(
    `SELECT ${COLUMNS} FROM clarifications WHERE need_id = ANY($1::uuid[]) ORDER BY published_at, id`,
    [[...new Set(needIds)]],
  );
  for (const r of rows) out.set(r.needId, [...(out.get(r.needId) ?? []), r]);
  return out;
}

export async function countClarifications(db: Queryable): Promise<number> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM clarifications`);
  return rows[0]?.n ?? 0;
}
