import { DomainError } from '@navet/core';
import {
  BuyerGroupProposal,
  checkAcceptance,
  checkProposal,
  checkResponder,
  dissolvesAfterLeaving,
  GroupNeedView,
  groupNameFor,
  validateProposalMessage,
} from './buyer-group';

const need = (over: Partial<GroupNeedView> = {}): GroupNeedView => ({
  id: 'n-a',
  buyerOrganizationId: 'org-a',
  status: 'PUBLISHED',
  title: 'Laddning i hemtjänsten',
  ...over,
});
const other = need({ id: 'n-b', buyerOrganizationId: 'org-b', title: 'Charging in home care' });
const codeOf = (f: () => unknown): { code: string; field?: string | null } | null => {
  try {
    f();
    return null;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return { code: e.code, field: e.field ?? null };
  }
};
const proposal = (over: Partial<BuyerGroupProposal> = {}): BuyerGroupProposal => ({
  id: 'p1',
  fromNeedId: 'n-a',
  toNeedId: 'n-b',
  fromOrganizationId: 'org-a',
  toOrganizationId: 'org-b',
  message: null,
  status: 'PENDING',
  groupId: null,
  createdAt: new Date(0),
  respondedAt: null,
  ...over,
});

describe('checkProposal', () => {
  it('accepts two published needs of different organizations, neither in a group', () => {
    expect(checkProposal('org-a', need(), other, null, null)).toEqual({ from: need(), to: other });
  });
  it("adds to the proposer's group", () => {
    expect(codeOf(() => checkProposal('org-a', need(), other, 'g1', null))).toBeNull();
  });
  it.each([
    ['missing fromNeed', () => checkProposal('org-a', null, other, null, null), 'NOT_FOUND'],
    ["another organization's draft", () => checkProposal('org-b', need({ status: 'DRAFT' }), other, null, null), 'NOT_FOUND'],
    ["another organization's need", () => checkProposal('org-b', need(), other, null, null), 'FORBIDDEN'],
    ['an own draft', () => checkProposal('org-a', need({ status: 'DRAFT' }), other, null, null), 'INVALID_STATE'],
    ["the other's draft", () => checkProposal('org-a', need(), { ...other, status: 'DRAFT' }, null, null), 'NOT_FOUND'],
    ['a closed toNeed', () => checkProposal('org-a', need(), { ...other, status: 'CLOSED' }, null, null), 'INVALID_STATE'],
    ['the same group', () => checkProposal('org-a', need(), other, 'g1', 'g1'), 'CONFLICT'],
    ['toNeed in another group', () => checkProposal('org-a', need(), other, null, 'g2'), 'CONFLICT'],
  ])('refuses %s', (_, f, code) => {
    expect(codeOf(f)?.code).toBe(code);
  });
  it("refuses the organization's own need as toNeed, naming the field", () => {
    expect(codeOf(() => checkProposal('org-a', need(), need({ id: 'n-a2' }), null, null))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'toNeedId',
    });
  });
});

describe('checkResponder', () => {
  it('lets the receiver answer a pending proposal', () => {
    expect(checkResponder('org-b', proposal()).id).toBe('p1');
  });
  it('hides the proposal from outsiders, refuses the proposer and answers only once', () => {
    expect(codeOf(() => checkResponder('org-c', proposal()))?.code).toBe('NOT_FOUND');
    expect(codeOf(() => checkResponder('org-b', null))?.code).toBe('NOT_FOUND');
    expect(codeOf(() => checkResponder('org-a', proposal()))?.code).toBe('FORBIDDEN');
    expect(codeOf(() => checkResponder('org-b', proposal({ status: 'ACCEPTED' })))?.code).toBe('INVALID_STATE');
  });
});

describe('checkAcceptance', () => {
  it('needs both needs still published and the receiver still free', () => {
    expect(codeOf(() => checkAcceptance(need(), other, null, null))).toBeNull();
    expect(codeOf(() => checkAcceptance(need({ status: 'CLOSED' }), other, null, null))?.code).toBe('INVALID_STATE');
    expect(codeOf(() => checkAcceptance(need(), other, null, 'g2'))?.code).toBe('CONFLICT');
    expect(codeOf(() => checkAcceptance(need(), other, 'g1', 'g1'))?.code).toBe('CONFLICT');
  });
});

describe('names, messages and dissolution', () => {
  it("names the group after the proposer's need", () => {
    expect(groupNameFor(need())).toBe('Laddning i hemtjänsten');
    expect(groupNameFor(need({ title: 'x'.repeat(300) }))).toHaveLength(200);
  });
  it('keeps an optional message within bounds and without control characters', () => {
    expect(validateProposalMessage('  Ska vi?  ')).toBe('Ska vi?');
    expect(validateProposalMessage(undefined)).toBeNull();
    expect(codeOf(() => validateProposalMessage('x'.repeat(2001)))).toEqual({ code: 'BAD_USER_INPUT', field: 'message' });
    expect(codeOf(() => validateProposalMessage('a\u0007b'))).toEqual({ code: 'BAD_USER_INPUT', field: 'message' });
  });
  it('dissolves a group left with one need', () => {
    expect(dissolvesAfterLeaving(2)).toBe(true);
    expect(dissolvesAfterLeaving(3)).toBe(false);
  });
});
