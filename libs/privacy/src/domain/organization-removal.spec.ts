import { ORGANIZATION_REMOVAL_GRACE_DAYS, organizationRemovalDueAt } from './organization-removal';

describe('organizationRemovalDueAt', () => {
  it('is the grace period after the last user left, to the millisecond', () => {
    expect(ORGANIZATION_REMOVAL_GRACE_DAYS).toBe(30);
    expect(organizationRemovalDueAt(new Date('2026-12-07T10:15:30.123Z')).toISOString()).toBe('2027-01-06T10:15:30.123Z');
  });
});
