import { declineLedgerNote, transitionLedgerNotes } from './match-ledger';
import { expressInterestTransition, inviteTransition, NEW_MATCH_STATE } from './match-lifecycle';

describe('match ledger notes', () => {
  it('records interest, and the connection it completes, as the acting side', () => {
    expect(transitionLedgerNotes('SUPPLIER', expressInterestTransition(NEW_MATCH_STATE), true)).toEqual([
      { action: 'INTEREST_EXPRESSED', by: 'SUPPLIER', summary: 'A supplier expressed interest in the need with a message' },
    ]);
    const invited = { status: 'INVITED' as const, supplierInterested: false, buyerInvited: true };
    expect(transitionLedgerNotes('SUPPLIER', expressInterestTransition(invited), false).map((n) => n.action)).toEqual([
      'INTEREST_EXPRESSED',
      'MATCH_CONNECTED',
    ]);
    expect(transitionLedgerNotes('BUYER', inviteTransition(NEW_MATCH_STATE), false)[0]!.action).toBe('SUPPLIER_INVITED');
  });

  it('records nothing for a repeat', () => {
    const interested = { status: 'INTERESTED' as const, supplierInterested: true, buyerInvited: false };
    expect(transitionLedgerNotes('SUPPLIER', expressInterestTransition(interested), false)).toEqual([]);
  });

  it('says a reason was given without quoting it', () => {
    expect(declineLedgerNote('BUYER', true).summary).toBe('The buyer declined the match, giving a reason');
    expect(declineLedgerNote('SUPPLIER', false).summary).toBe('The supplier declined the match');
  });
});
