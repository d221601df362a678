import { coverage, hitAtK, ndcgAtK, reciprocalRank, summarize } from './metrics';

const ranked = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];

describe('hitAtK', () => {
  it('is 1 when a relevant id is within the first k', () => {
    expect(hitAtK(ranked, ['c'], 3)).toBe(1);
    expect(hitAtK(ranked, ['d'], 3)).toBe(0);
    expect(hitAtK(ranked, new Set(['k']), 10)).toBe(0);
    expect(hitAtK(ranked, [], 10)).toBe(0);
  });
});

describe('reciprocalRank', () => {
  it('is 1/rank of the first relevant id within the cutoff', () => {
    expect(reciprocalRank(ranked, ['c', 'e'], 100)).toBeCloseTo(1 / 3, 12);
    expect(reciprocalRank(ranked, ['a'])).toBe(1);
    expect(reciprocalRank(ranked, ['l'], 11)).toBe(0);
    expect(reciprocalRank(ranked, ['z'])).toBe(0);
  });

  it('defaults to a cutoff of 100', () => {
    const long = Array.from({ length: 150 }, (_, i) => `s${i}`);
    expect(reciprocalRank(long, ['s99'])).toBeCloseTo(1 / 100, 12);
    expect(reciprocalRank(long, ['s100'])).toBe(0);
  });

  it('ignores repeated ids when ranking', () => {
    expect(reciprocalRank(['a', 'a', 'b'], ['b'])).toBe(0.5);
  });
});

describe('ndcgAtK', () => {
  it('matches hand-computed binary-gain values', () => {
    // relevant at ranks 2 and 4: DCG = 1/log2(3) + 1/log2(5) = 0.63093 + 0.43068 = 1.06161
    // ideal (2 relevant): 1 + 1/log2(3) = 1.63093 -> 0.65093
    expect(ndcgAtK(ranked, ['b', 'd'], 10)).toBeCloseTo(0.650921, 5);
    expect(ndcgAtK(ranked, ['a'], 10)).toBe(1);
    // one relevant at rank 3: 1/log2(4) = 0.5
    expect(ndcgAtK(ranked, ['c'], 10)).toBeCloseTo(0.5, 12);
    expect(ndcgAtK(ranked, ['k'], 10)).toBe(0);
    expect(ndcgAtK(ranked, [], 10)).toBe(0);
  });

  it('caps the ideal at k relevant items', () => {
    // 12 relevant, all top 10 relevant -> perfect
    expect(ndcgAtK(ranked, ranked, 10)).toBeCloseTo(1, 12);
  });
});

describe('coverage', () => {
  it('counts distinct ids in any top-k list over the pool size', () => {
    expect(
      coverage(
        [
          ['a', 'b', 'c'],
          ['b', 'c', 'd'],
        ],
        8,
        2,
      ),
    ).toBe(3 / 8);
    expect(coverage([['a', 'b']], 0, 10)).toBe(0);
    expect(coverage([], 5, 10)).toBe(0);
  });
});

describe('summarize', () => {
  it('averages over queries that have relevant suppliers', () => {
    const out = summarize(
      [
        { ranked: ['a', 'b', 'c'], relevant: ['a'] }, // hit, rr 1, ndcg 1
        { ranked: ['d', 'e', 'f'], relevant: ['f'] }, // hit, rr 1/3, ndcg 0.5
        { ranked: ['g', 'h'], relevant: ['z'] }, // miss: 0, 0, 0
        { ranked: ['x'], relevant: [] }, // not evaluated
      ],
      16,
    );
    expect(out.evaluated).toBe(3);
    expect(out.hitAt10).toBeCloseTo(2 / 3, 12);
    expect(out.mrr).toBeCloseTo((1 + 1 / 3) / 3, 12);
    expect(out.ndcgAt10).toBeCloseTo(1.5 / 3, 12);
    expect(out.coverage).toBeCloseTo(8 / 16, 12);
  });

  it('takes the pool as every ranked supplier when no pool size is given', () => {
    expect(summarize([{ ranked: ['a', 'b'], relevant: ['b'] }]).coverage).toBe(1);
  });

  it('returns zeros when nothing can be evaluated', () => {
    expect(summarize([])).toEqual({ evaluated: 0, hitAt10: 0, mrr: 0, ndcgAt10: 0, coverage: 0 });
  });
});
