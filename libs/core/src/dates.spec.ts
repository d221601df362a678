import { latestDate, requireSaneDate } from './dates';

const now = new Date('2026-12-07T12:00:00Z');
const refused = (d: Date): unknown => {
  try {
    requireSaneDate('dialogueDeadline', d, now);
    return null;
  } catch (e) {
    return e;
  }
};

describe('sane date bounds', () => {
  it('accepts dates from 2000-01-01 up to 20 years after now', () => {
    expect(refused(new Date('2000-01-01T00:00:00Z'))).toBeNull();
    expect(refused(new Date('2027-06-30T00:00:00Z'))).toBeNull();
    expect(refused(latestDate(now))).toBeNull();
    expect(latestDate(now).toISOString()).toBe('2046-12-07T12:00:00.000Z');
  });

  it('refuses the year 275760, a day past the upper bound, dates before 2000 and invalid dates, naming the field', () => {
    for (const d of [
      new Date('+275760-09-13T00:00:00Z'),
      new Date(latestDate(now).getTime() + 86_400_000),
      new Date('1999-12-31T23:59:59Z'),
      new Date('not a date'),
    ]) {
      expect(refused(d)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dialogueDeadline' });
    }
  });
});
