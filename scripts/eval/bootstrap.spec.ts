import { bootstrapInterval, seededRandom, withinNoise } from './bootstrap';

describe('bootstrapInterval', () => {
  it('is reproducible and brackets the mean', () => {
    const values = Array.from({ length: 50 }, (_, i) => (i % 5) / 4);
    const a = bootstrapInterval([values]);
    expect(bootstrapInterval([values])).toEqual(a);
    expect(a.mean).toBeCloseTo(0.5);
    expect(a.lo).toBeLessThan(0.5);
    expect(a.hi).toBeGreaterThan(0.5);
    expect(a.hi - a.lo).toBeLessThan(0.3);
  });

  it('has no width when every query scores the same', () => {
    const i = bootstrapInterval([[0.4, 0.4, 0.4]]);
    for (const v of [i.mean, i.lo, i.hi]) expect(v).toBeCloseTo(0.4, 12);
  });

  it('pairs series: a constant difference has no width even if each series varies', () => {
    const a = [0.1, 0.9, 0.5, 0.3];
    const b = a.map((x) => x - 0.1);
    const d = bootstrapInterval([a, b], ([x, y]) => x! - y!);
    expect(d.mean).toBeCloseTo(0.1);
    expect(d.lo).toBeCloseTo(0.1);
    expect(d.hi).toBeCloseTo(0.1);
    expect(withinNoise(d)).toBe(false);
    expect(withinNoise({ mean: 0.02, lo: -0.01, hi: 0.05 })).toBe(true);
  });

  it('draws uniformly in [0, 1)', () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((s, x) => s + x, 0) / draws.length).toBeCloseTo(0.5, 1);
  });
});
