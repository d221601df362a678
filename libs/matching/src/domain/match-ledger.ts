import type { LedgerAction } from '@navet/ledger';
import type { MatchParty } from './match';
import type { Transition } from './match-lifecycle';

/** A ledger entry a match change records, before it gets its need and sequence. */
export interface MatchLedgerNote {
  action: LedgerAction;
  /** Which side acted (its organization is the entry's actor). */
  by: MatchParty;
  summary: string;
}

/**
 * What the ledger says about an interest or invitation (and the connection it may cause). Names no
 * person and quotes no message: the ledger records that a contact happened, not what was said.
 */
export function transitionLedgerNotes(by: MatchParty, t: Transition, withMessage: boolean): MatchLedgerNote[] {
  if (!t.changed) return [];
  const said = withMessage ? ' with a message' : '';
  const notes: MatchLedgerNote[] = [
    by === 'SUPPLIER'
      ? { action: 'INTEREST_EXPRESSED', by, summary: `A supplier expressed interest in the need${said}` }
      : { action: 'SUPPLIER_INVITED', by, summary: `The buyer invited a supplier to a dialogue${said}` },
  ];
  if (t.becameConnected)
    notes.push({
      action: 'MATCH_CONNECTED',
      by,
      summary: 'Buyer and supplier are connected: contact details shared, dialogue opened',
    });
  return notes;
}

export function declineLedgerNote(by: MatchParty, withReason: boolean): MatchLedgerNote {
  const who = by === 'SUPPLIER' ? 'The supplier' : 'The buyer';
  return { action: 'MATCH_DECLINED', by, summary: `${who} declined the match${withReason ? ', giving a reason' : ''}` };
}
