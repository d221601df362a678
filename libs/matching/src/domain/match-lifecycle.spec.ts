import { DomainError } from '@navet/core';
import {
  declineTransition,
  expressInterestTransition,
  inviteTransition,
  MatchState,
  NEW_MATCH_STATE,
  partyOf,
} from './match-lifecycle';

const state = (over: Partial<MatchState> = {}): MatchState => ({ ...NEW_MATCH_STATE, ...over });
const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return undefined;
};

describe('match lifecycle', () => {
  it('interest on a suggestion makes it INTERESTED and tells the buyer', () => {
    const t = expressInterestTransition(state());
    expect(t.next).toEqual({ status: 'INTERESTED', supplierInterested: true, buyerInvited: false });
    expect(t).toMatchObject({ changed: true, event: 'match.interest-expressed', becameConnected: false });
  });

  it('an invitation on a suggestion makes it INVITED and tells the supplier', () => {
    const t = inviteTransition(state());
    expect(t.next).toEqual({ status: 'INVITED', supplierInterested: false, buyerInvited: true });
    expect(t.event).toBe('match.invited');
  });

  it('interest after an invitation connects, with only the connected event', () => {
    const t = expressInterestTransition(state({ status: 'INVITED', buyerInvited: true }));
    expect(t.next.status).toBe('CONNECTED');
    expect(t).toMatchObject({ event: 'match.connected', becameConnected: true });
  });

  it('an invitation after interest connects', () => {
    const t = inviteTransition(state({ status: 'INTERESTED', supplierInterested: true }));
    expect(t.next).toEqual({ status: 'CONNECTED', supplierInterested: true, buyerInvited: true });
    expect(t.event).toBe('match.connected');
  });

  it('repeating interest or an invitation changes nothing and notifies nobody', () => {
    expect(expressInterestTransition(state({ status: 'INTERESTED', supplierInterested: true }))).toMatchObject({
      changed: false,
      event: null,
    });
    expect(inviteTransition(state({ status: 'INVITED', buyerInvited: true }))).toMatchObject({ changed: false, event: null });
    const connected = state({ status: 'CONNECTED', supplierInterested: true, buyerInvited: true });
    expect(inviteTransition(connected)).toMatchObject({ changed: false, event: null, becameConnected: false });
  });

  it('either side may decline, even after connecting, and a declined match cannot be re-opened', () => {
    const declined = declineTransition(state({ status: 'CONNECTED', supplierInterested: true, buyerInvited: true }));
    expect(declined).toMatchObject({ changed: true, event: null });
    expect(declined.next.status).toBe('DECLINED');
    expect(codeOf(() => expressInterestTransition(declined.next))).toBe('INVALID_STATE');
    expect(codeOf(() => inviteTransition(declined.next))).toBe('INVALID_STATE');
    expect(declineTransition(declined.next).changed).toBe(false);
  });

  it('tells the buyer side from the supplier side and from outsiders', () => {
    const m = { buyerOrganizationId: 'b', supplierOrganizationId: 's' };
    expect(partyOf('b', m)).toBe('BUYER');
    expect(partyOf('s', m)).toBe('SUPPLIER');
    expect(partyOf('x', m)).toBeNull();
  });

  it('lets a party act on a withdrawn suggestion as on any untouched one', () => {
    const withdrawn = state({ status: 'WITHDRAWN' });
    expect(expressInterestTransition(withdrawn)).toMatchObject({ changed: true, next: { status: 'INTERESTED' } });
    expect(inviteTransition(withdrawn)).toMatchObject({ changed: true, next: { status: 'INVITED' } });
    expect(declineTransition(withdrawn)).toMatchObject({ changed: true, next: { status: 'DECLINED' } });
  });
});
