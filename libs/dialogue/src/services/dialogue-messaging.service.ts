import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden, isId, notFound } from '@navet/core';
import { inTransaction } from '@navet/database';
import { Actor, requireActor } from '@navet/identity';
import { appendLedgerEntry } from '@navet/ledger';
import { loadMatchRow } from '@navet/matching';
import { readNeed } from '@navet/needs';
import { OutboxWriter } from '@navet/outbox';
import type { DialogueMessage } from '../domain/dialogue';
import { sideOf } from '../domain/dialogue-access';
import { dialogueMessageSummary, MessageInput, requireOpen, validateMessage } from '../domain/dialogue-rules';
import { appendMessages, readDialogue } from '../persistence/dialogue.store';
import { viewsFor } from './dialogue-views';

/** Writing in a dialogue: either party, while the match stands and the need is open. */
@Injectable()
export class DialogueMessaging {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * One transaction: the message, the event that tells the other side, and the ledger entry (who
   * and when, never the text). The dialogue row is locked so concurrent messages get consecutive
   * numbers; the match row is locked and the need read FOR SHARE, so neither a decline nor a close
   * can slip in between the check and the commit.
   */
  async send(actor: Actor | null | undefined, dialogueId: string, input: MessageInput): Promise<DialogueMessage> {
    const a = requireActor(actor);
    return inTransaction(this.ds, async (em) => {
      const d = isId(dialogueId) ? await readDialogue(em, dialogueId, true) : null;
      const [view] = d ? await viewsFor(em, a, [d]) : [];
      if (!d || !view) throw notFound('Dialogue');
      const side = sideOf(view.access);
      if (!side) throw forbidden('Only the buyer or the supplier of the dialogue can write in it');
      const message = validateMessage(side, input);
      const match = await loadMatchRow(em, d.matchId, true);
      const need = await readNeed(em, d.needId, 'share');
      requireOpen({ matchStatus: match?.status ?? null, needStatus: need?.status ?? null });
      const [stored] = await appendMessages(em, d.id, [
        {
          ...message,
          authorSide: side,
          authorOrganizationId: side === 'BUYER' ? d.buyerOrganizationId : d.supplierOrganizationId,
        },
      ]);
      await this.outbox.add(em, { type: 'dialogue.message-sent', payload: { messageId: stored!.id } });
      // Last: the ledger's per-need lock is held until commit.
      await appendLedgerEntry(em, {
        needId: d.needId,
        action: 'DIALOGUE_MESSAGE',
        actorOrganizationId: a.organizationId,
        summary: dialogueMessageSummary(side, message.confidentialityRequested),
      });
      return stored!;
    });
  }
}
