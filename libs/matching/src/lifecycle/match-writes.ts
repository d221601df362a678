import { newId } from '@navet/core';
import type { MatchOrigin } from '../domain/match';
import type { MatchState, Transition } from '../domain/match-lifecycle';
import type { MatchScore } from '../domain/score';
import type { Queryable } from '@navet/database';

export interface NewMatch {
  needId: string;
  supplierId: string;
  origin: MatchOrigin;
  state: MatchState;
  score: MatchScore;
  criteriaVersion: number;
  interestMessage: string | null;
  invitationMessage: string | null;
}

/** Inserts a match a party created (interest or invitation); returns its id. */
export async function insertMatch(db: Queryable, m: NewMatch): Promise<string> {
  const id = newId();
  await db.query(
    `INSERT INTO matches (id, need_id, supplier_id, status, supplier_interested, buyer_invited, score, components,
       explanation, criteria_version, origin, interest_message, invitation_message, connected_at, interested_at, invited_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, CASE WHEN $4 = 'CONNECTED' THEN now() END,
       CASE WHEN $5 THEN now() END, CASE WHEN $6 THEN now() END)`,
    [
      id,
      m.needId,
      m.supplierId,
      m.state.status,
      m.state.supplierInterested,
      m.state.buyerInvited,
      m.score.score,
      JSON.stringify(m.score.components),
      m.score.explanation,
      m.criteriaVersion,
      m.origin,
      m.interestMessage,
      m.invitationMessage,
    ],
  );
  return id;
}

/** Applies an interest or invitation transition; bumps the version. */
export async function applyTransition(
  db: Queryable,
  matchId: string,
  t: Transition,
  messages: { interest?: string | null; invitation?: string | null },
): Promise<void> {
  await db.query(
    `UPDATE matches SET status = $2, supplier_interested = $3, buyer_invited = $4,
       interest_message = coalesce($5, interest_message), invitation_message = coalesce($6, invitation_message),
       connected_at = CASE WHEN $7 THEN now() ELSE connected_at END,
       interested_at = CASE WHEN $3 AND NOT supplier_interested THEN now() ELSE interested_at END,
       invited_at = CASE WHEN $4 AND NOT buyer_invited THEN now() ELSE invited_at END,
       version = version + 1, updated_at = now()
     WHERE id = $1`,
    [
      matchId,
      t.next.status,
      t.next.supplierInterested,
      t.next.buyerInvited,
      messages.interest ?? null,
      messages.invitation ?? null,
      t.becameConnected,
    ],
  );
}

export async function applyDecline(
  db: Queryable,
  matchId: string,
  by: 'SUPPLIER' | 'BUYER',
  reason: string | null,
): Promise<void> {
  await db.query(
    `UPDATE matches SET status = 'DECLINED', declined_by = $2, decline_reason = $3, version = version + 1, updated_at = now()
     WHERE id = $1`,
    [matchId, by, reason],
  );
}

export async function upsertRating(db: Queryable, matchId: string, organizationId: string, relevant: boolean): Promise<void> {
  await db.query(
    `INSERT INTO match_ratings (match_id, organization_id, relevant) VALUES ($1, $2, $3)
     ON CONFLICT (match_id, organization_id) DO UPDATE SET relevant = EXCLUDED.relevant, updated_at = now()`,
    [matchId, organizationId, relevant],
  );
}
