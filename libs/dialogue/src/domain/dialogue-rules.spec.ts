import {
  dialogueMessageSummary,
  DIALOGUE_OPENED_SUMMARY,
  isClosed,
  MatchWords,
  openingMessages,
  requireOpen,
  validateMessage,
} from './dialogue-rules';

const fieldOf = (f: () => unknown): { code?: string; field?: string } => {
  try {
    f();
  } catch (e) {
    return { code: (e as { code?: string }).code, field: (e as { field?: string }).field };
  }
  throw new Error('expected a failure');
};

describe('validateMessage', () => {
  it('trims the body and defaults to no confidentiality request', () => {
    expect(validateMessage('BUYER', { body: '  Hej!  ' })).toEqual({
      body: 'Hej!',
      confidentialityRequested: false,
      confidentialityReason: null,
    });
  });

  it('keeps newlines and tabs but refuses blank, too long and control characters', () => {
    expect(validateMessage('SUPPLIER', { body: 'Rad 1\n\tRad 2' }).body).toBe('Rad 1\n\tRad 2');
    expect(validateMessage('SUPPLIER', { body: 'x'.repeat(5000) }).body).toHaveLength(5000);
    for (const body of ['', '   ', null, 'x'.repeat(5001), 'a\u0000b', 'a\u001bb']) {
      expect(fieldOf(() => validateMessage('SUPPLIER', { body }))).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    }
  });

  it('lets only the supplier side request confidentiality, with a reason of at most 1000 characters', () => {
    expect(
      validateMessage('SUPPLIER', { body: 'Pris', confidentialityRequested: true, confidentialityReason: ' Affärshemlighet ' }),
    ).toEqual({ body: 'Pris', confidentialityRequested: true, confidentialityReason: 'Affärshemlighet' });
    expect(
      fieldOf(() => validateMessage('BUYER', { body: 'Pris', confidentialityRequested: true, confidentialityReason: 'Skäl' })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'confidentialityRequested' });
    for (const reason of [null, '  ', 'x'.repeat(1001), 'a\u0007']) {
      expect(
        fieldOf(() =>
          validateMessage('SUPPLIER', { body: 'Pris', confidentialityRequested: true, confidentialityReason: reason }),
        ),
      ).toEqual({ code: 'BAD_USER_INPUT', field: 'confidentialityReason' });
    }
  });

  it('refuses a reason without the request instead of silently dropping it', () => {
    expect(fieldOf(() => validateMessage('SUPPLIER', { body: 'Pris', confidentialityReason: 'Skäl' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'confidentialityReason',
    });
  });
});

describe('closed dialogues', () => {
  it('closes on a declined match or a closed or missing need', () => {
    expect(isClosed({ matchStatus: 'CONNECTED', needStatus: 'PUBLISHED' })).toBe(false);
    expect(isClosed({ matchStatus: 'DECLINED', needStatus: 'PUBLISHED' })).toBe(true);
    expect(isClosed({ matchStatus: 'CONNECTED', needStatus: 'CLOSED' })).toBe(true);
    expect(isClosed({ matchStatus: null, needStatus: 'PUBLISHED' })).toBe(true);
    expect(isClosed({ matchStatus: 'CONNECTED', needStatus: null })).toBe(true);
  });

  it('refuses new messages with INVALID_STATE, naming the cause', () => {
    expect(() => requireOpen({ matchStatus: 'CONNECTED', needStatus: 'PUBLISHED' })).not.toThrow();
    expect(() => requireOpen({ matchStatus: 'DECLINED', needStatus: 'PUBLISHED' })).toThrow(/declined/);
    expect(() => requireOpen({ matchStatus: 'CONNECTED', needStatus: 'CLOSED' })).toThrow(/closed/);
    expect(fieldOf(() => requireOpen({ matchStatus: 'DECLINED', needStatus: 'CLOSED' })).code).toBe('INVALID_STATE');
  });
});

describe('openingMessages', () => {
  const t = (min: number) => new Date(Date.UTC(2026, 11, 2, 9, min));
  const words = (over: Partial<MatchWords> = {}): MatchWords => ({
    interestMessage: null,
    invitationMessage: null,
    interestedAt: null,
    invitedAt: null,
    origin: 'MATCHER',
    createdAt: t(0),
    connectedAt: t(30),
    ...over,
  });

  it('carries the interest and the invitation over at the times they were written, oldest first', () => {
    const m = words({ interestMessage: 'Vi kan', invitationMessage: 'Välkomna', interestedAt: t(20), invitedAt: t(10) });
    expect(openingMessages(m, t(40))).toEqual([
      { authorSide: 'BUYER', body: 'Välkomna', createdAt: t(10) },
      { authorSide: 'SUPPLIER', body: 'Vi kan', createdAt: t(20) },
    ]);
  });

  it('skips missing or blank messages', () => {
    expect(openingMessages(words({ interestMessage: '  ', interestedAt: t(5) }), t(40))).toEqual([]);
    expect(openingMessages(words({ invitationMessage: 'Hej', invitedAt: t(5) }), t(40))).toEqual([
      { authorSide: 'BUYER', body: 'Hej', createdAt: t(5) },
    ]);
  });

  it('falls back to the order the sides acted in when the times were not recorded', () => {
    const m = words({ origin: 'SUPPLIER', interestMessage: 'Vi kan', invitationMessage: 'Välkomna' });
    expect(openingMessages(m, t(40)).map((x) => [x.authorSide, x.createdAt])).toEqual([
      ['SUPPLIER', t(0)],
      ['BUYER', t(30)],
    ]);
  });
});

describe('ledger summaries', () => {
  it('say who wrote and whether confidentiality was requested, never the text', () => {
    expect(dialogueMessageSummary('SUPPLIER', true)).toBe('The supplier sent a dialogue message (confidentiality requested)');
    expect(dialogueMessageSummary('BUYER', false)).toBe('The buyer sent a dialogue message');
    expect(DIALOGUE_OPENED_SUMMARY(2)).toContain('2 earlier messages');
    expect(DIALOGUE_OPENED_SUMMARY(0)).toBe('A dialogue opened between the buyer and a supplier');
  });
});
