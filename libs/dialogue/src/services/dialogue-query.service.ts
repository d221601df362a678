import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, isId, validateFirst } from '@navet/core';
import { Actor, isAdmin, requireActor } from '@navet/identity';
import { DEFAULT_MESSAGES_PAGE, DialogueMessage, MAX_DIALOGUES_PAGE, MAX_MESSAGES_PAGE } from '../domain/dialogue';
import { readsMessages, sideOf } from '../domain/dialogue-access';
import {
  listDialogues,
  markRead,
  readDialogue,
  readMessage,
  readMessagePages,
  unreadCounts,
} from '../persistence/dialogue.store';
import { needIdsReadBy } from '../persistence/need-readers.reader';
import { DialogueView, viewsFor } from './dialogue-views';

export interface MessagePageArgs {
  /** How many of the newest messages (before `before`); newest last. */
  last?: number | null;
  /** A message id of the same dialogue: only older messages. */
  before?: string | null;
}

/**
 * Reading dialogues: the two parties and admins (and, through the access policy's hook, buyer-group
 * members, who see that a dialogue exists but none of its messages). Anyone else learns nothing:
 * `dialogue` is null and lists leave it out.
 */
@Injectable()
export class DialogueQueryService {
  constructor(private readonly ds: DataSource) {}

  async dialogue(actor: Actor | null | undefined, id: string): Promise<DialogueView | null> {
    const a = requireActor(actor);
    const d = isId(id) ? await readDialogue(this.ds, id) : null;
    return d ? ((await viewsFor(this.ds, a, [d]))[0] ?? null) : null;
  }

  /**
   * Buyers: the dialogues on their needs; suppliers: their own; admins: all. Most recently active
   * first; `needId` narrows to one need (an unknown or foreign need gives an empty list).
   */
  async dialogues(actor: Actor | null | undefined, needId?: string | null, first = 100): Promise<DialogueView[]> {
    const a = requireActor(actor);
    const limit = validateFirst(first, MAX_DIALOGUES_PAGE);
    if (needId != null && !isId(needId)) return [];
    const all = isAdmin(a);
    const needIds = all ? [] : await needIdsReadBy(this.ds, a.organizationId);
    const rows = await listDialogues(
      this.ds,
      { all, needIds, supplierOrganizationId: all ? null : a.organizationId, needId: needId ?? null },
      limit,
    );
    return viewsFor(this.ds, a, rows);
  }

  /**
   * A page of each dialogue's messages, newest last. Reading is what clears the unread count: a
   * party's organization is marked as having read up to the newest message it was shown.
   * Existence-only viewers get no messages.
   */
  async messages(actor: Actor | null, views: readonly DialogueView[], args: MessagePageArgs = {}): Promise<DialogueMessage[][]> {
    const last = validateFirst(args.last ?? DEFAULT_MESSAGES_PAGE, MAX_MESSAGES_PAGE, 'last');
    let readable = views.filter((v) => readsMessages(v.access));
    let beforeSeq: number | null = null;
    if (args.before != null) {
      const cursor = isId(args.before) ? await readMessage(this.ds, args.before) : null;
      if (!cursor || !readable.some((v) => v.id === cursor.dialogueId)) {
        throw badInput('before', 'before must be the id of a message in this dialogue');
      }
      // A cursor belongs to one dialogue: the others of a list have nothing before it.
      readable = readable.filter((v) => v.id === cursor.dialogueId);
      beforeSeq = cursor.seq;
    }
    const pages = await readMessagePages(
      this.ds,
      readable.map((v) => v.id),
      last,
      beforeSeq,
    );
    if (actor) {
      const marks = readable
        .filter((v) => sideOf(v.access) !== null)
        .map((v) => ({ dialogueId: v.id, seq: Math.max(0, ...(pages.get(v.id) ?? []).map((m) => m.seq)) }))
        .filter((m) => m.seq > 0);
      await markRead(this.ds, actor.organizationId, marks);
    }
    return views.map((v) => pages.get(v.id) ?? []);
  }

  /** Messages from the other party the viewer's organization has not read; 0 for admins and existence readers. */
  async unreadCounts(actor: Actor | null, views: readonly DialogueView[]): Promise<number[]> {
    const parties = views.filter((v) => sideOf(v.access) !== null);
    const counts = actor
      ? await unreadCounts(
          this.ds,
          actor.organizationId,
          parties.map((v) => v.id),
        )
      : new Map<string, number>();
    return views.map((v) => (sideOf(v.access) ? (counts.get(v.id) ?? 0) : 0));
  }
}
