import {
  clarificationEventKey,
  ClarificationEventContext,
  planClarification,
  planQuestionAsked,
  questionAskedEventKey,
} from './clarification-plan';
import { CLARIFICATION_EXCERPT } from './clarification-texts';

const ctx = (over: Partial<ClarificationEventContext> = {}): ClarificationEventContext => ({
  clarificationId: 'c1',
  needId: 'n1',
  needTitle: 'Laddplatser',
  buyerName: 'Laddkommunen',
  question: 'Finns el?',
  answer: 'Ja, 3x63 A.',
  engaged: [
    {
      organizationId: 'interested',
      users: [
        { userId: 'u1', preferredLanguage: 'sv' },
        { userId: 'u2', preferredLanguage: 'en' },
      ],
    },
    { organizationId: 'connected', users: [{ userId: 'u3', preferredLanguage: 'sv' }] },
  ],
  asker: { organizationId: 'asker', users: [{ userId: 'u4', preferredLanguage: 'sv' }] },
  ...over,
});

describe('planClarification', () => {
  it('drafts one CLARIFICATION_PUBLISHED per user of every engaged organization and the asker, under one event key', () => {
    const drafts = planClarification(ctx());
    expect(drafts.map((d) => d.userId)).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(new Set(drafts.map((d) => d.eventKey))).toEqual(new Set([clarificationEventKey('c1')]));
    expect(drafts.every((d) => d.type === 'CLARIFICATION_PUBLISHED' && d.needId === 'n1' && d.deliver && !d.capped)).toBe(true);
  });

  it('writes in each user language and tells only the asker that it was its question', () => {
    const [sv, en, , asker] = planClarification(ctx());
    expect(sv!.title).toBe('Förtydligande: Laddplatser');
    expect(sv!.body).toContain('Fråga: Finns el? Svar: Ja, 3x63 A.');
    expect(en!.title).toBe('Clarification: Laddplatser');
    expect(en!.body).toContain('Question: Finns el? Answer: Ja, 3x63 A.');
    expect(asker!.title).toBe('Er fråga är besvarad: Laddplatser');
    expect(asker!.webhookData).toMatchObject({ answersOwnQuestion: true });
    expect(sv!.webhookData).toMatchObject({ answersOwnQuestion: false });
  });

  it('never names or identifies the asker in what other organizations get', () => {
    for (const d of planClarification(ctx()).filter((x) => x.organizationId !== 'asker')) {
      expect(JSON.stringify(d)).not.toMatch(/asker|u4/);
    }
  });

  it('keeps webhook data to ids and public names, without the free text', () => {
    const [d] = planClarification(ctx());
    expect(d!.webhookData).toEqual({
      clarificationId: 'c1',
      needTitle: 'Laddplatser',
      buyerName: 'Laddkommunen',
      answersOwnQuestion: false,
    });
  });

  it('tells an asker that is also engaged once, as the asker', () => {
    const drafts = planClarification(
      ctx({ asker: { organizationId: 'connected', users: [{ userId: 'u3', preferredLanguage: 'sv' }] } }),
    );
    expect(drafts.map((d) => d.userId)).toEqual(['u1', 'u2', 'u3']);
    expect(drafts[2]!.title).toContain('Er fråga är besvarad');
  });

  it('tells only the engaged when nobody asked, and nobody when nobody is engaged', () => {
    expect(planClarification(ctx({ asker: null })).map((d) => d.userId)).toEqual(['u1', 'u2', 'u3']);
    expect(planClarification(ctx({ asker: null, engaged: [] }))).toEqual([]);
  });

  it('quotes long texts as excerpts (the whole clarification is on the need)', () => {
    const [d] = planClarification(ctx({ answer: 'ord '.repeat(1000) }));
    expect(d!.body.length).toBeLessThan(2 * CLARIFICATION_EXCERPT + 300);
    expect(d!.body).toContain('…');
  });
});

describe('planQuestionAsked', () => {
  it("tells the buyer organization's users in-app only, without who asked", () => {
    const drafts = planQuestionAsked({
      questionId: 'q1',
      needId: 'n1',
      needTitle: 'Laddplatser',
      buyer: {
        organizationId: 'b',
        users: [
          { userId: 'b1', preferredLanguage: 'sv' },
          { userId: 'b2', preferredLanguage: 'en' },
        ],
      },
    });
    expect(drafts).toHaveLength(2);
    expect(drafts.every((d) => d.type === 'QUESTION_ASKED' && !d.deliver && d.webhookData === null)).toBe(true);
    expect(drafts[0]!.eventKey).toBe(questionAskedEventKey('q1'));
    expect(drafts[0]!.title).toBe('Ny fråga: Laddplatser');
    expect(drafts[1]!.title).toBe('New question: Laddplatser');
  });
});
