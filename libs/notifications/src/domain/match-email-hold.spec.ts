import { holdWindowEnd, splitHeldMatches } from './match-email-hold';

describe('holdWindowEnd', () => {
  it('gives every match of a burst the same window, at least one hold away', () => {
    const a = holdWindowEnd(new Date(1_000_021_000), 60_000);
    const b = holdWindowEnd(new Date(1_000_079_000), 60_000);
    expect(a).toEqual(b);
    expect(a.getTime() - 1_000_079_000).toBeGreaterThanOrEqual(60_000);
    expect(a.getTime() % 60_000).toBe(0);
  });
});

describe('splitHeldMatches', () => {
  const at = (s: number) => new Date(s * 1000);
  const held = [
    { id: 'a', matchId: 'm1', createdAt: at(1) },
    { id: 'b', matchId: 'm2', createdAt: at(2) },
    { id: 'c', matchId: 'gone', createdAt: at(3) },
    { id: 'd', matchId: 'm3', createdAt: at(4) },
    { id: 'e', matchId: 'm4', createdAt: at(5) },
  ];
  const scores = new Map([
    ['m1', 0.4],
    ['m2', 0.93],
    ['m3', 0.7],
    ['m4', 0.7],
  ]);

  it('e-mails the best-scored within what the cap has left, earlier first on ties', () => {
    const { email, digest } = splitHeldMatches(held, scores, 2);
    expect(email.map((h) => h.id)).toEqual(['b', 'd']);
    expect(digest.map((h) => h.id)).toEqual(['e', 'a', 'c']);
  });

  it('sends nothing when the cap is spent, and everything when it is not reached', () => {
    expect(splitHeldMatches(held, scores, 0).email).toEqual([]);
    expect(splitHeldMatches(held, scores, -3).digest).toHaveLength(5);
    expect(splitHeldMatches(held, scores, 10).digest).toEqual([]);
  });
});
