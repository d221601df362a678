import { describe, expect, it } from 'vitest';
import { inputFrom, valuesFrom } from './criteria-input';

const active = {
  weights: { text: 0.35, cpv: 0.2, region: 0.25, focusArea: 0.08, readiness: 0.05, feedback: 0.07 },
  minScore: 0.15,
  maxSuggestionsPerNeed: 25,
};

describe('candidate form values', () => {
  it('round-trips the active criteria', () => {
    expect(inputFrom(valuesFrom(active))).toEqual(active);
  });
  it('reads a decimal comma, trims the note and leaves validation to the API', () => {
    const values = valuesFrom(active);
    values.weights.text = '0,5';
    values.minScore = 'abc';
    const input = inputFrom(values, '  fler textträffar ');
    expect(input.weights.text).toBe(0.5);
    expect(input.minScore).toBe(-1);
    expect(input.note).toBe('fler textträffar');
    expect(inputFrom(values, '  ')).not.toHaveProperty('note');
  });
});
