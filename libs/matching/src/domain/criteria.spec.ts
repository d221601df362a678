import { DomainError } from '@navet/core';
import {
  DEFAULT_CRITERIA,
  MatchCriteriaInputValues,
  normalizeWeights,
  normalizedWeightUnits,
  validateCriteria,
  WEIGHT_KEYS,
} from './criteria';

const valid = (): MatchCriteriaInputValues => ({
  weights: { ...DEFAULT_CRITERIA.weights },
  minScore: 0.25,
  maxSuggestionsPerNeed: 25,
  note: '  tuned after pilot  ',
});

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return (e as DomainError).field;
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

describe('DEFAULT_CRITERIA', () => {
  it('has weights summing to 1 and valid bounds', () => {
    const sum = WEIGHT_KEYS.reduce((s, k) => s + DEFAULT_CRITERIA.weights[k], 0);
    expect(sum).toBeCloseTo(1, 10);
    expect(() => validateCriteria({ ...DEFAULT_CRITERIA })).not.toThrow();
    expect(DEFAULT_CRITERIA.minScore).toBe(0.15);
    expect(DEFAULT_CRITERIA.maxSuggestionsPerNeed).toBe(25);
  });
});

describe('validateCriteria', () => {
  it('accepts valid input, trims the note and keeps the raw weights', () => {
    const out = validateCriteria({
      ...valid(),
      weights: { text: 2, cpv: 3, region: 0, focusArea: 0, readiness: 0, feedback: 0 },
    });
    expect(out.note).toBe('tuned after pilot');
    expect(out.weights).toEqual({ text: 2, cpv: 3, region: 0, focusArea: 0, readiness: 0, feedback: 0 });
    expect(validateCriteria({ ...valid(), note: null }).note).toBeNull();
    expect(validateCriteria({ ...valid(), note: '   ' }).note).toBeNull();
  });

  it.each([
    ['weights.text', { text: -0.1 }],
    ['weights.cpv', { cpv: Number.NaN }],
    ['weights.region', { region: Number.POSITIVE_INFINITY }],
    ['weights.focusArea', { focusArea: 100.01 }],
    ['weights.feedback', { feedback: '1' as unknown as number }],
  ])('rejects a bad weight with field %s', (field, patch) => {
    expect(fieldOf(() => validateCriteria({ ...valid(), weights: { ...valid().weights, ...patch } }))).toBe(field);
  });

  it('accepts the boundary weight 100 and rejects all-zero weights', () => {
    expect(validateCriteria({ ...valid(), weights: { ...valid().weights, text: 100 } }).weights.text).toBe(100);
    const zero = { text: 0, cpv: 0, region: 0, focusArea: 0, readiness: 0, feedback: 0 };
    expect(fieldOf(() => validateCriteria({ ...valid(), weights: zero }))).toBe('weights');
  });

  it.each([-0.01, 1.01, Number.NaN])('rejects minScore %p', (minScore) => {
    expect(fieldOf(() => validateCriteria({ ...valid(), minScore }))).toBe('minScore');
  });

  it('accepts minScore 0 and 1', () => {
    expect(validateCriteria({ ...valid(), minScore: 0 }).minScore).toBe(0);
    expect(validateCriteria({ ...valid(), minScore: 1 }).minScore).toBe(1);
  });

  it.each([0, 201, 2.5, Number.NaN])('rejects maxSuggestionsPerNeed %p', (maxSuggestionsPerNeed) => {
    expect(fieldOf(() => validateCriteria({ ...valid(), maxSuggestionsPerNeed }))).toBe('maxSuggestionsPerNeed');
  });

  it('accepts maxSuggestionsPerNeed 1 and 200', () => {
    expect(validateCriteria({ ...valid(), maxSuggestionsPerNeed: 1 }).maxSuggestionsPerNeed).toBe(1);
    expect(validateCriteria({ ...valid(), maxSuggestionsPerNeed: 200 }).maxSuggestionsPerNeed).toBe(200);
  });

  it('limits the note to 500 characters', () => {
    expect(validateCriteria({ ...valid(), note: 'x'.repeat(500) }).note).toHaveLength(500);
    expect(fieldOf(() => validateCriteria({ ...valid(), note: 'x'.repeat(501) }))).toBe('note');
  });
});

describe('normalizeWeights', () => {
  it('scales any weights to sum to 1, keeping proportions', () => {
    const w = normalizeWeights({ text: 2, cpv: 2, region: 1, focusArea: 0, readiness: 0, feedback: 0 });
    expect(w).toEqual({ text: 0.4, cpv: 0.4, region: 0.2, focusArea: 0, readiness: 0, feedback: 0 });
  });

  it('rounds to 4 decimals with the units summing to exactly 10,000', () => {
    const units = normalizedWeightUnits({ text: 1, cpv: 1, region: 1, focusArea: 0, readiness: 0, feedback: 0 });
    expect(units.text + units.cpv + units.region).toBe(10_000);
    expect(units).toEqual({ text: 3334, cpv: 3333, region: 3333, focusArea: 0, readiness: 0, feedback: 0 });
    const w = normalizeWeights({ text: 1, cpv: 1, region: 1, focusArea: 1, readiness: 1, feedback: 1 });
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('leaves the default weights unchanged', () => {
    expect(normalizeWeights(DEFAULT_CRITERIA.weights)).toEqual(DEFAULT_CRITERIA.weights);
  });

  it('refuses all-zero weights', () => {
    expect(fieldOf(() => normalizeWeights({ text: 0, cpv: 0, region: 0, focusArea: 0, readiness: 0, feedback: 0 }))).toBe(
      'weights',
    );
  });
});
