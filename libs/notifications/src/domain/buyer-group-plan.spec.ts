import { NeedSide, planBuyerGroupProposal, planSimilarNeedPair, similarNeedEventKey } from './buyer-group-plan';

const side = (id: string, org: string, name: string, title: string, users: [string, string][]): NeedSide => ({
  needId: id,
  title,
  organizationId: org,
  organizationName: name,
  users: users.map(([userId, preferredLanguage]) => ({ userId, preferredLanguage })),
});
const a = side('n-a', 'org-a', 'Laddstads kommun', 'Laddning i hemtjänsten', [
  ['u1', 'sv'],
  ['u2', 'en'],
]);
const b = side('n-b', 'org-b', 'Norrbyns kommun', 'Charging in home care', [['u3', 'sv']]);

describe('planSimilarNeedPair', () => {
  it("tells every user of both buyers of the other's need, in their language, under one key per pair", () => {
    const drafts = planSimilarNeedPair(a, b, 0.44);
    expect(drafts.map((d) => [d.userId, d.organizationId, d.needId])).toEqual([
      ['u1', 'org-a', 'n-a'],
      ['u2', 'org-a', 'n-a'],
      ['u3', 'org-b', 'n-b'],
    ]);
    expect(new Set(drafts.map((d) => d.eventKey))).toEqual(new Set([similarNeedEventKey('n-b', 'n-a')]));
    expect(drafts.every((d) => d.type === 'SIMILAR_NEED_FOUND' && !d.capped && d.deliver)).toBe(true);
    expect(drafts[0]!.title).toBe('Liknande behov: Charging in home care');
    expect(drafts[0]!.body).toContain('Norrbyns kommun');
    expect(drafts[0]!.body).toContain('44 %');
    expect(drafts[1]!.title).toBe('Similar need: Charging in home care');
    expect(drafts[2]!.body).toContain('Laddstads kommun');
    expect(drafts[2]!.webhookData).toMatchObject({ similarNeedId: 'n-a', otherBuyerName: 'Laddstads kommun', score: 0.44 });
  });
});

describe('planBuyerGroupProposal', () => {
  it('tells the receiver of a pending proposal, without the message text', () => {
    const drafts = planBuyerGroupProposal({ proposalId: 'p1', status: 'PENDING', hasMessage: true, from: a, to: b });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      userId: 'u3',
      type: 'BUYER_GROUP_PROPOSED',
      needId: 'n-b',
      eventKey: 'buyer-group-proposed:p1',
    });
    expect(drafts[0]!.body).toContain('Laddstads kommun');
    expect(drafts[0]!.body).toContain('Läs meddelandet');
  });
  it('tells the proposer of the answer', () => {
    const accepted = planBuyerGroupProposal({ proposalId: 'p1', status: 'ACCEPTED', hasMessage: false, from: a, to: b });
    expect(accepted.map((d) => [d.userId, d.type, d.needId, d.eventKey])).toEqual([
      ['u1', 'BUYER_GROUP_ANSWERED', 'n-a', 'buyer-group-answered:p1'],
      ['u2', 'BUYER_GROUP_ANSWERED', 'n-a', 'buyer-group-answered:p1'],
    ]);
    expect(accepted[0]!.title).toBe('Beställargrupp bildad: Laddning i hemtjänsten');
    const declined = planBuyerGroupProposal({ proposalId: 'p1', status: 'DECLINED', hasMessage: false, from: a, to: b });
    expect(declined[1]!.title).toBe('Buyer group declined: Laddning i hemtjänsten');
    expect(declined[1]!.webhookData).toMatchObject({ accepted: false });
  });
});
