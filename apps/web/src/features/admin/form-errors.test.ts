import { describe, expect, it } from 'vitest';
import { splitErrors } from './form-errors';

describe('splitErrors', () => {
  it('puts errors under the fields the form shows and the rest in the summary', () => {
    const weight = { code: 'BAD_USER_INPUT', field: 'input.weights.text', message: 'must be 0..100' };
    const min = { code: 'BAD_USER_INPUT', field: 'input.minScore', message: 'must be in [0,1]' };
    const other = { code: 'BAD_USER_INPUT', field: 'input.similarNeedMinScore', message: 'x' };
    const forbidden = { code: 'FORBIDDEN', message: 'admins only' };
    const { byField, unplaced } = splitErrors([weight, min, other, forbidden], ['text', 'minScore']);
    expect(byField).toEqual({ text: weight, minScore: min });
    expect(unplaced).toEqual([other, forbidden]);
  });
});
