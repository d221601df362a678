import { AdaptiveLimit } from './adaptive-limit';

describe('AdaptiveLimit', () => {
  const window = (l: AdaptiveLimit, ...latencies: number[]) => {
    latencies.forEach((ms) => l.observe(ms));
    l.endWindow();
    return l.limit;
  };

  it('halves while even the fastest answer of a window is slower than the target, down to the floor', () => {
    const l = new AdaptiveLimit(64, 250);
    expect(window(l, 900, 300)).toBe(32);
    expect(window(l, 400)).toBe(16);
    expect([window(l, 800), window(l, 800), window(l, 800), window(l, 800)]).toEqual([8, 4, 2, 2]);
  });

  it('keeps the limit when one answer of the window was fast, and grows back to the maximum', () => {
    const l = new AdaptiveLimit(64, 250);
    window(l, 2000);
    expect(window(l, 2000, 40)).toBe(35);
    for (let i = 0; i < 20; i++) window(l, 40);
    expect(l.limit).toBe(64);
  });

  it('does not adapt in a window without answers, or with no target', () => {
    const idle = new AdaptiveLimit(64, 250);
    expect(window(idle)).toBe(64);
    const fixed = new AdaptiveLimit(64, 0);
    expect(window(fixed, 5000)).toBe(64);
  });
});
