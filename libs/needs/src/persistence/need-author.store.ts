import type { Queryable } from '@navet/database';

/** A need as the GDPR export shows its author: what they wrote and where it stands. */
export interface AuthoredNeed {
  id: string;
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: string[];
  status: string;
  stage: string;
  createdAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
}

/** The needs this user created, oldest first (GDPR export). */
export function needsCreatedBy(db: Queryable, userId: string): Promise<AuthoredNeed[]> {
  return db.query(
    `SELECT id, title, summary, description, desired_outcomes AS "desiredOutcomes", status, stage,
            created_at AS "createdAt", published_at AS "publishedAt", closed_at AS "closedAt"
       FROM needs WHERE created_by_user_id = $1 ORDER BY created_at, id`,
    [userId],
  );
}

/**
 * Erasure: the needs stay (a buyer organization's documents, public once published) but no longer
 * name the person who created them.
 */
export async function forgetNeedAuthor(db: Queryable, userId: string): Promise<void> {
  await db.query(`UPDATE needs SET created_by_user_id = NULL WHERE created_by_user_id = $1`, [userId]);
}
