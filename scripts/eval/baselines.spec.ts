import { blendRank, cpvBaselineRank, sharedCpvPrefix, TextBaseline } from './baselines';

const pool = [
  { id: 'A', cpvCodes: ['72000000-5'], text: 'IT services' },
  { id: 'B', cpvCodes: ['72212000-4', '72500000-0'], text: 'software development' },
  { id: 'C', cpvCodes: ['45000000-7'], text: 'construction work' },
  { id: 'D', cpvCodes: ['72212000-4'], text: 'software programming' },
];

describe('CPV-only baseline', () => {
  it('counts shared leading digits, ignoring the check digit', () => {
    expect(sharedCpvPrefix('72212000-4', '72222000-7')).toBe(3);
    expect(sharedCpvPrefix('72212000-4', '72212000')).toBe(8);
  });

  it('ranks by the longest shared prefix, then shared codes, then pool order; needs the 2-digit division', () => {
    expect(cpvBaselineRank(['72212000-4', '72500000-0'], pool)).toEqual(['B', 'D', 'A']);
    expect(cpvBaselineRank(['72212100-0'], pool)).toEqual(['B', 'D', 'A']);
    expect(cpvBaselineRank(['03000000-1'], pool)).toEqual([]);
  });
});

describe('text-only baseline', () => {
  it('ranks profiles by BM25 of the need text against their capability text', () => {
    expect(new TextBaseline(pool).rank('Software programming for a municipality')).toEqual(['D', 'B']);
  });
});

describe('50/50 blend baseline', () => {
  it('fuses the two rankings by reciprocal rank with equal weights', () => {
    // X: cpv 1 + text 3 (1/61 + 1/63 > 2/62); Z: cpv 2 + text 2; Y: text 1 only.
    expect(blendRank(['X', 'Z'], ['Y', 'Z', 'X'])).toEqual(['X', 'Z', 'Y']);
    expect(blendRank(['X'], [])).toEqual(['X']);
  });

  it('breaks ties by the text rank, then the CPV rank', () => {
    expect(blendRank(['A'], ['B'])).toEqual(['B', 'A']);
  });
});
