import { DomainError } from '@navet/core';
import type { Question } from './clarification';
import {
  ActorFacts,
  assertAnswerable,
  assertCanAsk,
  assertCanListQuestions,
  assertCanPublish,
  clarificationSummary,
  mayKnowAsker,
  NeedFacts,
  QUESTION_ASKED_SUMMARY,
} from './clarification-rules';

const now = new Date('2026-12-02T12:00:00Z');
const need = (over: Partial<NeedFacts> = {}): NeedFacts => ({
  id: 'n1',
  buyerOrganizationId: 'buyer',
  status: 'PUBLISHED',
  dialogueDeadline: null,
  ...over,
});
const actor = (organizationId: string, role: ActorFacts['role']): ActorFacts => ({ organizationId, role });
const question = (over: Partial<Question> = {}): Question => ({
  id: 'q1',
  needId: 'n1',
  organizationId: 'asker',
  question: 'Fråga?',
  status: 'OPEN',
  askedAt: now,
  clarificationId: null,
  ...over,
});
const codeOf = (f: () => unknown): { code: string; field?: string } | null => {
  try {
    f();
    return null;
  } catch (e) {
    const d = e as DomainError;
    return d.field ? { code: d.code, field: d.field } : { code: d.code };
  }
};

describe('assertCanAsk', () => {
  it('allows a published need before (and on) its deadline, or without one', () => {
    expect(codeOf(() => assertCanAsk(need(), now))).toBeNull();
    expect(codeOf(() => assertCanAsk(need({ dialogueDeadline: now }), now))).toBeNull();
  });
  it('hides drafts and unknown needs, refuses closed needs and passed deadlines', () => {
    expect(codeOf(() => assertCanAsk(null, now))).toEqual({ code: 'NOT_FOUND' });
    expect(codeOf(() => assertCanAsk(need({ status: 'DRAFT' }), now))).toEqual({ code: 'NOT_FOUND' });
    expect(codeOf(() => assertCanAsk(need({ status: 'CLOSED' }), now))).toEqual({ code: 'INVALID_STATE' });
    const passed = need({ dialogueDeadline: new Date(now.getTime() - 1) });
    expect(codeOf(() => assertCanAsk(passed, now))).toEqual({ code: 'INVALID_STATE' });
  });
});

describe('assertCanPublish', () => {
  const owner = actor('buyer', 'BUYER');
  const other = actor('other', 'BUYER');
  it('lets the owning buyer organization publish on a published need', () => {
    expect(codeOf(() => assertCanPublish(owner, need()))).toBeNull();
  });
  it('refuses the owner on drafts and closed needs (INVALID_STATE)', () => {
    expect(codeOf(() => assertCanPublish(owner, need({ status: 'DRAFT' })))).toEqual({ code: 'INVALID_STATE' });
    expect(codeOf(() => assertCanPublish(owner, need({ status: 'CLOSED' })))).toEqual({ code: 'INVALID_STATE' });
  });
  it("hides others' drafts (NOT_FOUND) and forbids others' public needs", () => {
    expect(codeOf(() => assertCanPublish(other, null))).toEqual({ code: 'NOT_FOUND' });
    expect(codeOf(() => assertCanPublish(other, need({ status: 'DRAFT' })))).toEqual({ code: 'NOT_FOUND' });
    expect(codeOf(() => assertCanPublish(other, need()))).toEqual({ code: 'FORBIDDEN' });
    expect(codeOf(() => assertCanPublish(other, need({ status: 'CLOSED' })))).toEqual({ code: 'FORBIDDEN' });
  });
});

describe('assertAnswerable', () => {
  it('takes an open question of the same need', () => {
    expect(assertAnswerable(question(), 'n1').id).toBe('q1');
  });
  it('refuses a missing or foreign question as a bad questionId, an answered one as CONFLICT', () => {
    expect(codeOf(() => assertAnswerable(null, 'n1'))).toEqual({ code: 'BAD_USER_INPUT', field: 'questionId' });
    expect(codeOf(() => assertAnswerable(question({ needId: 'n2' }), 'n1'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'questionId',
    });
    expect(codeOf(() => assertAnswerable(question({ status: 'ANSWERED', clarificationId: 'c1' }), 'n1'))).toEqual({
      code: 'CONFLICT',
    });
  });
});

describe('assertCanListQuestions', () => {
  it('lets the owner and admins list, even on drafts', () => {
    expect(codeOf(() => assertCanListQuestions(actor('buyer', 'BUYER'), need({ status: 'DRAFT' })))).toBeNull();
    expect(codeOf(() => assertCanListQuestions(actor('navet', 'ADMIN'), need({ status: 'DRAFT' })))).toBeNull();
  });
  it('forbids other organizations on public needs and hides drafts from them', () => {
    expect(codeOf(() => assertCanListQuestions(actor('s', 'SUPPLIER'), need()))).toEqual({ code: 'FORBIDDEN' });
    expect(codeOf(() => assertCanListQuestions(actor('other', 'BUYER'), need()))).toEqual({ code: 'FORBIDDEN' });
    expect(codeOf(() => assertCanListQuestions(actor('other', 'BUYER'), need({ status: 'DRAFT' })))).toEqual({
      code: 'NOT_FOUND',
    });
    expect(codeOf(() => assertCanListQuestions(actor('buyer', 'BUYER'), null))).toEqual({ code: 'NOT_FOUND' });
  });
});

describe('mayKnowAsker', () => {
  const q = { organizationId: 'asker' };
  it('is true for the asker, the need owner and admins only', () => {
    expect(mayKnowAsker(actor('asker', 'SUPPLIER'), q, 'buyer')).toBe(true);
    expect(mayKnowAsker(actor('buyer', 'BUYER'), q, 'buyer')).toBe(true);
    expect(mayKnowAsker(actor('navet', 'ADMIN'), q, 'buyer')).toBe(true);
    expect(mayKnowAsker(actor('other-supplier', 'SUPPLIER'), q, 'buyer')).toBe(false);
    expect(mayKnowAsker(actor('other-buyer', 'BUYER'), q, 'buyer')).toBe(false);
    expect(mayKnowAsker(null, q, 'buyer')).toBe(false);
  });
});

describe('ledger summaries', () => {
  it('say that a contact happened, never what was said', () => {
    expect(QUESTION_ASKED_SUMMARY).toBe('A supplier asked a question about the need');
    expect(clarificationSummary(true)).toContain("supplier's question");
    expect(clarificationSummary(false)).not.toContain('question');
  });
});
