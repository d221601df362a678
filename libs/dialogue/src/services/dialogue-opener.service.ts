import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction } from '@navet/database';
import { appendLedgerEntry } from '@navet/ledger';
import { loadMatchRow } from '@navet/matching';
import { DIALOGUE_OPENED_SUMMARY, openingMessages } from '../domain/dialogue-rules';
import { appendMessages, insertDialogueOnce } from '../persistence/dialogue.store';

/** Opens the dialogue of a connected match, once, whatever the number of runs. */
@Injectable()
export class DialogueOpener {
  constructor(private readonly ds: DataSource) {}

  /**
   * Reloads the match; a match that never connected gets no dialogue. A match declined after it
   * connected still gets one (closed), so the words exchanged stay on record for both parties.
   * Returns the new dialogue's id, or null when nothing was opened (already open, or not connected).
   */
  async openForMatch(matchId: string): Promise<string | null> {
    return inTransaction(this.ds, async (em) => {
      const match = await loadMatchRow(em, matchId);
      if (!match || !match.connectedAt) return null;
      const id = await insertDialogueOnce(em, {
        matchId: match.id,
        needId: match.needId,
        supplierId: match.supplierId,
        buyerOrganizationId: match.buyerOrganizationId,
        supplierOrganizationId: match.supplierOrganizationId,
      });
      if (!id) return null;
      const opening = openingMessages(match, new Date());
      await appendMessages(
        em,
        id,
        opening.map((m) => ({
          authorSide: m.authorSide,
          authorOrganizationId: m.authorSide === 'BUYER' ? match.buyerOrganizationId : match.supplierOrganizationId,
          body: m.body,
          confidentialityRequested: false,
          confidentialityReason: null,
          createdAt: m.createdAt,
        })),
      );
      // Last: the ledger's per-need lock is held until commit.
      await appendLedgerEntry(em, {
        needId: match.needId,
        action: 'DIALOGUE_OPENED',
        actorOrganizationId: match.supplierOrganizationId,
        summary: DIALOGUE_OPENED_SUMMARY(opening.length),
      });
      return id;
    });
  }
}
