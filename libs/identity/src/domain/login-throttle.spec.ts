import { delayAfterFailures, retryAfterSeconds, throttleAddress, waitText } from './login-throttle';

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

  it('counts an IPv6 client by its /64 network and an IPv4 client by its address', () => {
    expect(throttleAddress('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(throttleAddress('2001:DB8:1:2::9')).toBe('2001:db8:1:2::/64');
    expect(throttleAddress('2001:0db8:0001:0002:ffff::1%eth0')).toBe('2001:db8:1:2::/64');
    expect(throttleAddress('2001:db8:1:3::9')).toBe('2001:db8:1:3::/64');
    expect(throttleAddress('::1')).toBe('0:0:0:0::/64');
    expect(throttleAddress('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(throttleAddress('203.0.113.5')).toBe('203.0.113.5');
    expect(throttleAddress('unknown')).toBe('unknown');
    expect(throttleAddress('1::2::3')).toBe('1::2::3');
  });
});
