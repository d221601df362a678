import { delayAfterFailures, retryAfterSeconds, waitText } from './login-throttle';

describe('login throttle policy', () => {
  const policy = { freeFailures: 5, baseDelaySeconds: 1, maxDelaySeconds: 900 };

  it('costs nothing for the free failures, then waits longer after every further failure', () => {
    const delays = Array.from({ length: 12 }, (_, i) => delayAfterFailures(i + 1, policy));
    expect(delays).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128]);
  });

  it('never waits longer than the maximum, even after very many failures', () => {
    expect(delayAfterFailures(15, policy)).toBe(900);
    expect(delayAfterFailures(10_000, policy)).toBe(900);
    expect(delayAfterFailures(10_000, { ...policy, maxDelaySeconds: 86_400 })).toBe(86_400);
  });

  it('scales with the base delay', () => {
    expect(delayAfterFailures(3, { freeFailures: 3, baseDelaySeconds: 60, maxDelaySeconds: 900 })).toBe(60);
    expect(delayAfterFailures(4, { freeFailures: 3, baseDelaySeconds: 60, maxDelaySeconds: 900 })).toBe(120);
  });

  it('rounds a remaining wait up to whole seconds and says it in words', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(59_001)).toBe(60);
    expect(waitText(1)).toBe('1 second');
    expect(waitText(45)).toBe('45 seconds');
    expect(waitText(900)).toBe('15 minutes');
  });
});
