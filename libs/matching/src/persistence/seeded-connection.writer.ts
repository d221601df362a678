import { newId } from '@navet/core';
import { appendLedgerEntries } from '@navet/ledger';
import type { OutboxWriter } from '@navet/outbox';
import { needOwners } from '@navet/needs';
import { organizationsOfProfiles } from '@navet/suppliers';
import type { EntityManager } from 'typeorm';
import { transitionLedgerNotes } from '../domain/match-ledger';

export interface SeededConnection {
  needId: string;
  supplierId: string;
  interestMessage: string;
  invitationMessage: string;
  interestedAt: Date;
  invitedAt: Date;
  explanation: string;
}

/**
 * Demo data: a supplier's interest and the buyer's invitation on a need, CONNECTED as the lifecycle
 * leaves them (messages and their times, the ledger entries, the `match.connected` event that opens
 * the dialogue and tells both sides). A suggested pair is taken over; a pair already connected or
 * declined is left alone. Returns the match id when this call connected it, else null. The score
 * is the matcher's business: 0 until it next ranks the need.
 */
export async function recordSeededConnection(
  em: EntityManager,
  outbox: OutboxWriter,
  c: SeededConnection,
): Promise<string | null> {
  const rows: { id: string }[] = await em.query(
    `INSERT INTO matches (id, need_id, supplier_id, status, supplier_interested, buyer_invited, score, components,
       explanation, criteria_version, origin, interest_message, invitation_message, interested_at, invited_at, connected_at)
     VALUES ($1, $2, $3, 'CONNECTED', true, true, 0, '[]'::jsonb, $4, 1, 'SUPPLIER', $5, $6, $7, $8, $8)
     ON CONFLICT (need_id, supplier_id) DO UPDATE
       SET status = 'CONNECTED', supplier_interested = true, buyer_invited = true,
           interest_message = EXCLUDED.interest_message, invitation_message = EXCLUDED.invitation_message,
           interested_at = EXCLUDED.interested_at, invited_at = EXCLUDED.invited_at, connected_at = EXCLUDED.connected_at,
           version = matches.version + 1, updated_at = now()
       WHERE matches.status NOT IN ('CONNECTED', 'DECLINED')
     RETURNING id`,
    [newId(), c.needId, c.supplierId, c.explanation, c.interestMessage, c.invitationMessage, c.interestedAt, c.invitedAt],
  );
  const id = rows[0]?.id;
  if (!id) return null;
  const buyerOrg = (await needOwners(em, [c.needId])).get(c.needId)?.buyerOrganizationId;
  const supplierOrg = (await organizationsOfProfiles(em, [c.supplierId])).get(c.supplierId);
  if (!buyerOrg || !supplierOrg)
    throw new Error(`recordSeededConnection: unknown need or profile (${c.needId}, ${c.supplierId})`);
  await outbox.add(em, { type: 'match.connected', payload: { matchId: id } });
  const changed = {
    changed: true,
    becameConnected: false,
    event: null,
    next: { status: 'INTERESTED', supplierInterested: true, buyerInvited: false },
  } as const;
  const notes = [
    ...transitionLedgerNotes('SUPPLIER', changed, true),
    ...transitionLedgerNotes('BUYER', { ...changed, becameConnected: true }, true),
  ];
  // Last: the ledger's per-need lock is held until commit.
  await appendLedgerEntries(
    em,
    notes.map((n) => ({
      needId: c.needId,
      action: n.action,
      actorOrganizationId: n.by === 'SUPPLIER' ? supplierOrg : buyerOrg,
      summary: n.summary,
    })),
  );
  return id;
}
