import { MatchEventContext, planMatchEvent, sidesFor } from './match-event-plan';

const ctx: MatchEventContext = {
  matchId: 'm1',
  needId: 'n1',
  needTitle: 'Eldrivna arbetsmaskiner',
  needLanguage: 'sv',
  score: 0.823,
  explanation: 'Stark matchning: samma CPV-klass.',
  components: [
    { signal: 'TEXT', weight: 0.4, value: 0.8, contribution: 0.32, detail: 'text' },
    { signal: 'CPV', weight: 0.4, value: 1, contribution: 0.4, detail: 'cpv' },
    { signal: 'REGION', weight: 0.2, value: 0.5, contribution: 0.1, detail: 'region' },
  ],
  buyer: {
    organizationId: 'buyer',
    name: 'Stockholms stad',
    users: [{ userId: 'b1', preferredLanguage: 'sv' }],
    message: null,
  },
  supplier: {
    organizationId: 'supplier',
    name: 'Laddbolaget AB',
    users: [
      { userId: 's1', preferredLanguage: 'sv' },
      { userId: 's2', preferredLanguage: 'en' },
    ],
    message: null,
  },
};

describe('planMatchEvent', () => {
  it('tells every supplier user about a new match, and not the buyer', () => {
    const drafts = planMatchEvent('NEW_MATCH', ctx);
    expect(drafts.map((d) => d.userId)).toEqual(['s1', 's2']);
    expect(drafts.every((d) => d.capped && d.deliver && d.eventKey === 'NEW_MATCH:m1')).toBe(true);
  });

  it('writes the new-match text in the user language with need title, score and explanation', () => {
    const [sv, en] = planMatchEvent('NEW_MATCH', ctx);
    expect(sv.title).toBe('Nytt matchande behov: Eldrivna arbetsmaskiner');
    expect(sv.body).toContain('Stockholms stad');
    expect(sv.body).toContain('82 %');
    expect(sv.body).toContain('Stark matchning: samma CPV-klass.');
    expect(en.title).toBe('New matching need: Eldrivna arbetsmaskiner');
    expect(en.body).toContain('score 82%');
    // The Swedish sentence stays with the Swedish reader; the English one is rebuilt in English.
    expect(en.body).not.toContain('Stark matchning');
    expect(en.body).toContain('Strong match: shared CPV codes, similar content in need and profile and same region.');
  });

  it('routes interest to the buyer, invitations to the supplier and connections to both', () => {
    expect(planMatchEvent('SUPPLIER_INTERESTED', ctx).map((d) => d.userId)).toEqual(['b1']);
    expect(planMatchEvent('BUYER_INVITED', ctx).map((d) => d.userId)).toEqual(['s1', 's2']);
    expect(planMatchEvent('CONNECTED', ctx).map((d) => [d.userId, d.organizationId])).toEqual([
      ['s1', 'supplier'],
      ['s2', 'supplier'],
      ['b1', 'buyer'],
    ]);
    expect(sidesFor('CONNECTED')).toEqual(['supplier', 'buyer']);
  });

  it('names the other side in each party text and caps only new matches', () => {
    const [supplierSide, , buyerSide] = planMatchEvent('CONNECTED', ctx);
    expect(supplierSide.body).toContain('Stockholms stad');
    expect(buyerSide.body).toContain('Laddbolaget AB');
    expect(planMatchEvent('SUPPLIER_INTERESTED', ctx)[0].body).toBe(
      'Laddbolaget AB är intresserad av ert behov "Eldrivna arbetsmaskiner".',
    );
    expect(planMatchEvent('CONNECTED', ctx).some((d) => d.capped)).toBe(false);
  });

  it('gives webhooks the need title and, for new matches only, the score', () => {
    expect(planMatchEvent('NEW_MATCH', ctx)[0].webhookData).toEqual({
      needTitle: 'Eldrivna arbetsmaskiner',
      counterpartName: 'Stockholms stad',
      score: 0.823,
    });
    expect(planMatchEvent('BUYER_INVITED', ctx)[0].webhookData?.score).toBeNull();
  });

  it('plans nothing for an organization without users', () => {
    expect(
      planMatchEvent('SUPPLIER_INTERESTED', {
        ...ctx,
        buyer: { ...ctx.buyer, users: [] },
      }),
    ).toEqual([]);
  });
});

describe("the parties' own words", () => {
  const withWords: MatchEventContext = {
    ...ctx,
    buyer: { ...ctx.buyer, message: 'Välkomna till dialog' },
    supplier: { ...ctx.supplier, message: 'Vi har gjort detta förut' },
  };

  it("quote the other side's message in interest, invitation and connection texts", () => {
    const [interest] = planMatchEvent('SUPPLIER_INTERESTED', withWords);
    expect(interest!.body).toContain('Meddelande från Laddbolaget AB: "Vi har gjort detta förut"');
    const [sv, en] = planMatchEvent('BUYER_INVITED', withWords);
    expect(sv!.body).toContain('Meddelande från Stockholms stad: "Välkomna till dialog"');
    expect(en!.body).toContain('Message from Stockholms stad: "Välkomna till dialog"');
    const connected = planMatchEvent('CONNECTED', withWords);
    expect(connected.find((d) => d.userId === 'b1')!.body).toContain('Vi har gjort detta förut');
    expect(connected.find((d) => d.userId === 's1')!.body).toContain('Välkomna till dialog');
  });

  it('never reach webhooks, nor new-match texts', () => {
    for (const kind of ['NEW_MATCH', 'SUPPLIER_INTERESTED', 'BUYER_INVITED', 'CONNECTED'] as const) {
      for (const d of planMatchEvent(kind, withWords)) {
        expect(JSON.stringify(d.webhookData)).not.toMatch(/Välkomna|förut/);
        if (kind === 'NEW_MATCH') expect(d.body).not.toMatch(/Välkomna|förut/);
      }
    }
  });
});
