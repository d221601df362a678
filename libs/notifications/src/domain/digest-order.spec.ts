import { orderDigest } from './digest-order';

describe('orderDigest', () => {
  it('lists matches by score, best first, then the rest in their given order', () => {
    const items = [
      { id: 'a', matchId: 'm1' },
      { id: 'b', matchId: null },
      { id: 'c', matchId: 'm2' },
      { id: 'd', matchId: 'gone' },
      { id: 'e', matchId: 'm3' },
      { id: 'f', matchId: 'm4' },
    ];
    const scores = new Map([
      ['m1', 0.41],
      ['m2', 0.93],
      ['m3', 0.41],
      ['m4', 0.6],
    ]);
    expect(orderDigest(items, scores).map((i) => i.id)).toEqual(['c', 'f', 'a', 'e', 'b', 'd']);
  });
});
