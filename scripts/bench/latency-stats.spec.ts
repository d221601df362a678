import { percentile, summarize } from './latency-stats';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe('summarize', () => {
  it('counts errors as requests but keeps them out of the latencies', () => {
    const s = summarize([3, 1, 2], 2, 1);
    expect(s).toMatchObject({ requests: 5, errors: 2, throughput: 3, p50: 2, max: 3 });
  });
});
