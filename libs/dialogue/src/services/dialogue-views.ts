import type { Queryable } from '@navet/database';
import { Actor, isAdmin } from '@navet/identity';
import { matchStatuses } from '@navet/matching';
import { readNeeds } from '@navet/needs';
import type { Dialogue } from '../domain/dialogue';
import { dialogueAccess, DialogueAccess } from '../domain/dialogue-access';
import { isClosed } from '../domain/dialogue-rules';
import { needReadersOf } from '../persistence/need-readers.reader';

/** A dialogue as one viewer may see it. */
export interface DialogueView extends Dialogue {
  access: DialogueAccess;
  /** A declined match or a closed need: history stays, no new messages. */
  closed: boolean;
}

/** The dialogues the actor may see, with its access and their closed state (three queries for any number). */
export async function viewsFor(db: Queryable, actor: Actor | null, dialogues: readonly Dialogue[]): Promise<DialogueView[]> {
  if (!actor || dialogues.length === 0) return [];
  const needIds = dialogues.map((d) => d.needId);
  // One after the other: `db` may be a transaction's single connection.
  const readers = await needReadersOf(db, needIds);
  const statuses = await matchStatuses(
    db,
    dialogues.map((d) => d.matchId),
  );
  const needs = await readNeeds(db, [...new Set(needIds)]);
  const needStatus = new Map(needs.map((n) => [n.id, n.status]));
  const viewer = { organizationId: actor.organizationId, isAdmin: isAdmin(actor) };
  const out: DialogueView[] = [];
  for (const d of dialogues) {
    const r = readers.get(d.needId);
    const access = r ? dialogueAccess(viewer, d, r) : null;
    if (!access) continue;
    const closed = isClosed({ matchStatus: statuses.get(d.matchId) ?? null, needStatus: needStatus.get(d.needId) ?? null });
    out.push({ ...d, access, closed });
  }
  return out;
}
