import { MatchDeclinedContext, planMatchDeclined } from './match-declined-plan';

const ctx = (over: Partial<MatchDeclinedContext> = {}): MatchDeclinedContext => ({
  matchId: 'm1',
  needId: 'n1',
  needTitle: 'Laddning för hemtjänsten',
  score: 0.8,
  explanation: '',
  needLanguage: 'sv',
  components: [],
  buyer: { organizationId: 'buyer', name: 'Dialogkommunen', users: [{ userId: 'b1', preferredLanguage: 'sv' }], message: null },
  supplier: {
    organizationId: 'supplier',
    name: 'Laddbolaget AB',
    users: [
      { userId: 's1', preferredLanguage: 'sv' },
      { userId: 's2', preferredLanguage: 'en' },
    ],
    message: null,
  },
  declinedBy: 'SUPPLIER',
  reason: 'Vi har inte kapacitet',
  otherSideActed: true,
  ...over,
});

describe('planMatchDeclined', () => {
  it('tells every user of the side that did not decline, quoting the reason in-app and by e-mail only', () => {
    const drafts = planMatchDeclined(ctx());
    expect(drafts.map((d) => [d.userId, d.organizationId, d.type, d.eventKey])).toEqual([
      ['b1', 'buyer', 'MATCH_DECLINED', 'MATCH_DECLINED:m1'],
    ]);
    expect(drafts[0]!.body).toContain('Laddbolaget AB');
    expect(drafts[0]!.body).toContain('Angiven anledning: "Vi har inte kapacitet"');
    expect(drafts[0]!.webhookData).toEqual({
      needTitle: 'Laddning för hemtjänsten',
      counterpartName: 'Laddbolaget AB',
      reasonGiven: true,
    });
    expect(JSON.stringify(drafts[0]!.webhookData)).not.toContain('kapacitet');
  });

  it('says nothing of a reason when none was given, in the user language', () => {
    const drafts = planMatchDeclined(ctx({ declinedBy: 'BUYER', reason: null }));
    expect(drafts.map((d) => d.userId)).toEqual(['s1', 's2']);
    expect(drafts[0]!.body).toBe('Dialogkommunen har avböjt matchningen för behovet "Laddning för hemtjänsten".');
    expect(drafts[1]!.body).toBe('Dialogkommunen declined the match on the need "Laddning för hemtjänsten".');
    expect(drafts[1]!.webhookData).toMatchObject({ reasonGiven: false });
  });

  it('tells nobody when the other side had not acted on the match', () => {
    expect(planMatchDeclined(ctx({ otherSideActed: false }))).toEqual([]);
  });
});
