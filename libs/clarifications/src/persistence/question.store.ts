import type { Queryable } from '@navet/database';
import type { Question, QuestionStatus } from '../domain/clarification';

/** The questions table: suppliers' questions, read only for callers that passed the access rules. */

const COLUMNS = `id, need_id AS "needId", organization_id AS "organizationId", question, status,
  asked_at AS "askedAt", clarification_id AS "clarificationId"`;

export interface NewQuestion extends Question {
  /** Null for rows no signed-in user wrote (the demo seed). */
  askedByUserId: string | null;
}

export async function insertQuestion(db: Queryable, q: NewQuestion): Promise<void> {
  await db.query(
    `INSERT INTO questions (id, need_id, organization_id, asked_by_user_id, question, status, asked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [q.id, q.needId, q.organizationId, q.askedByUserId, q.question, q.status, q.askedAt],
  );
}

/** One question; `forUpdate` holds a row lock until the caller's transaction ends (two answers race). */
export async function readQuestion(db: Queryable, id: string, forUpdate = false): Promise<Question | null> {
  const rows: Question[] = await db.query(`SELECT ${COLUMNS} FROM questions WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [
    id,
  ]);
  return rows[0] ?? null;
}

export async function markAnswered(db: Queryable, questionId: string, clarificationId: string, at: Date): Promise<void> {
  await db.query(`UPDATE questions SET status = 'ANSWERED', clarification_id = $2, answered_at = $3 WHERE id = $1`, [
    questionId,
    clarificationId,
    at,
  ]);
}

/** A need's questions, oldest first, optionally of one status. */
export function questionsOfNeed(db: Queryable, needId: string, status: QuestionStatus | null): Promise<Question[]> {
  return db.query(
    `SELECT ${COLUMNS} FROM questions WHERE need_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY asked_at, id`,
    [needId, status],
  );
}

/** An organization's questions, newest first, optionally on one need. */
export function questionsOfOrganization(db: Queryable, organizationId: string, needId: string | null): Promise<Question[]> {
  return db.query(
    `SELECT ${COLUMNS} FROM questions WHERE organization_id = $1 AND ($2::uuid IS NULL OR need_id = $2)
     ORDER BY asked_at DESC, id LIMIT 500`,
    [organizationId, needId],
  );
}

/** The question a clarification answered, if any (the asker is told with the engaged suppliers). */
export async function questionAnsweredBy(db: Queryable, clarificationId: string): Promise<Question | null> {
  const rows: Question[] = await db.query(`SELECT ${COLUMNS} FROM questions WHERE clarification_id = $1`, [clarificationId]);
  return rows[0] ?? null;
}

export async function countQuestions(db: Queryable): Promise<number> {
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM questions`);
  return rows[0]?.n ?? 0;
}
