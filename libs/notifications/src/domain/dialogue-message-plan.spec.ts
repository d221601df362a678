import { DialogueMessageContext, planDialogueMessage } from './dialogue-message-plan';

const ctx = (over: Partial<DialogueMessageContext> = {}): DialogueMessageContext => ({
  messageId: 'msg1',
  dialogueId: 'd1',
  matchId: 'm1',
  needId: 'n1',
  needTitle: 'Laddning för hemtjänsten',
  authorSide: 'SUPPLIER',
  confidentialityRequested: false,
  buyer: {
    organizationId: 'buyer',
    name: 'Dialogkommunen',
    users: [
      { userId: 'b1', preferredLanguage: 'sv' },
      { userId: 'b2', preferredLanguage: 'en' },
    ],
    message: null,
  },
  supplier: {
    organizationId: 'supplier',
    name: 'Laddbolaget AB',
    users: [{ userId: 's1', preferredLanguage: 'sv' }],
    message: null,
  },
  ...over,
});

describe('planDialogueMessage', () => {
  it("tells the other side's users that a message arrived, once per message", () => {
    const drafts = planDialogueMessage(ctx());
    expect(drafts.map((d) => [d.userId, d.organizationId, d.type, d.eventKey, d.deliver, d.capped])).toEqual([
      ['b1', 'buyer', 'DIALOGUE_MESSAGE', 'DIALOGUE_MESSAGE:msg1', true, false],
      ['b2', 'buyer', 'DIALOGUE_MESSAGE', 'DIALOGUE_MESSAGE:msg1', true, false],
    ]);
    expect(drafts[0]!.title).toBe('Nytt meddelande: "Laddning för hemtjänsten"');
    expect(drafts[1]!.body).toContain('Laddbolaget AB sent you a message');
    expect(drafts[0]!.webhookData).toEqual({
      dialogueId: 'd1',
      messageId: 'msg1',
      needTitle: 'Laddning för hemtjänsten',
      counterpartName: 'Laddbolaget AB',
      confidentialityRequested: false,
    });
    expect(planDialogueMessage(ctx({ authorSide: 'BUYER' })).map((d) => d.userId)).toEqual(['s1']);
  });

  it('mentions a confidentiality request without promising secrecy', () => {
    const [sv, en] = planDialogueMessage(ctx({ confidentialityRequested: true }));
    expect(sv!.body).toContain('begärt sekretess');
    expect(en!.body).toContain('requested confidentiality');
    for (const d of [sv!, en!]) expect(`${d.title} ${d.body}`).not.toMatch(/\bconfidential\b|\bsekretessbelagd|hemlig/i);
    expect(sv!.webhookData).toMatchObject({ confidentialityRequested: true });
  });
});
