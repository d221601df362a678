import type { Queryable } from '@navet/database';

export interface SentMessage {
  id: string;
  dialogueId: string;
  seq: number;
  body: string;
  confidentialityRequested: boolean;
  confidentialityReason: string | null;
  createdAt: Date;
}

/**
 * Messages the user's organization sent, oldest first (GDPR export). A message names its organization,
 * never a person, so there is nothing to unlink on erasure: they stay, as the other party's record.
 */
export function messagesSentByOrganization(db: Queryable, organizationId: string): Promise<SentMessage[]> {
  return db.query(
    `SELECT id, dialogue_id AS "dialogueId", seq, body, confidentiality_requested AS "confidentialityRequested",
            confidentiality_reason AS "confidentialityReason", created_at AS "createdAt"
       FROM dialogue_messages WHERE author_organization_id = $1 ORDER BY created_at, id`,
    [organizationId],
  );
}
