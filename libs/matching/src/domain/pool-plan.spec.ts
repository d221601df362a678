import { poolPlan } from './pool-plan';

describe('poolPlan', () => {
  it('matches a handful of changed profiles one by one', () => {
    expect(poolPlan(3, 400)).toBe('PER_SUPPLIER');
    expect(poolPlan(200, 400)).toBe('PER_SUPPLIER');
  });

  it('re-matches the open needs when the import outnumbers half of them', () => {
    expect(poolPlan(201, 400)).toBe('REMATCH_NEEDS');
    expect(poolPlan(100_000, 20_000)).toBe('REMATCH_NEEDS');
  });

  it('has nothing to do per supplier when nothing changed, and re-matches (nothing) without open needs', () => {
    expect(poolPlan(0, 0)).toBe('PER_SUPPLIER');
    expect(poolPlan(5, 0)).toBe('REMATCH_NEEDS');
  });
});
