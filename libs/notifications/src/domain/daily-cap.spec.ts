import { goesToDigest, parseDay, utcDay, utcDayStart } from './daily-cap';

describe('daily match cap', () => {
  it('sends up to the cap immediately and the rest to the digest', () => {
    const decisions = [0, 1, 2, 3].map((already) => goesToDigest(already, 2));
    expect(decisions).toEqual([false, false, true, true]);
  });

  it('sends everything to the digest with a cap of 0', () => {
    expect(goesToDigest(0, 0)).toBe(true);
  });

  it('counts from UTC midnight, whatever the local time zone', () => {
    expect(utcDayStart(new Date('2026-03-05T23:30:00-02:00')).toISOString()).toBe('2026-03-06T00:00:00.000Z');
    expect(utcDay(new Date('2026-03-05T00:00:01Z'))).toBe('2026-03-05');
  });

  it('accepts only real calendar days as digest keys', () => {
    expect(parseDay('2026-02-28')).toBe('2026-02-28');
    expect(() => parseDay('2026-02-30')).toThrow('Invalid digest day');
    expect(() => parseDay('yesterday')).toThrow('Invalid digest day');
  });
});
