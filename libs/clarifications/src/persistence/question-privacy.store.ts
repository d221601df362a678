import type { Queryable } from '@navet/database';

export interface AskedQuestion {
  id: string;
  needId: string;
  question: string;
  status: string;
  askedAt: Date;
  answeredAt: Date | null;
}

/** The questions this user asked, oldest first (GDPR export). */
export function questionsAskedBy(db: Queryable, userId: string): Promise<AskedQuestion[]> {
  return db.query(
    `SELECT id, need_id AS "needId", question, status, asked_at AS "askedAt", answered_at AS "answeredAt"
       FROM questions WHERE asked_by_user_id = $1 ORDER BY asked_at, id`,
    [userId],
  );
}

/**
 * Erasure: questions and published clarifications are part of a procurement's record (the buyer's
 * public documents) and stay with their organization; only the link to the person goes.
 */
export async function forgetQuestionAndClarificationAuthor(db: Queryable, userId: string): Promise<void> {
  await db.query(`UPDATE questions SET asked_by_user_id = NULL WHERE asked_by_user_id = $1`, [userId]);
  await db.query(`UPDATE clarifications SET published_by_user_id = NULL WHERE published_by_user_id = $1`, [userId]);
}
