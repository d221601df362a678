import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { apiErrors, fieldErrors } from '../../../../shared/api-errors';
import { contractableSuppliers, emptyOutcome, toggleSupplier, toOutcomeInput } from './outcome-form-state';

describe('toOutcomeInput', () => {
  it('is null until a result is picked', () => {
    expect(toOutcomeInput({ ...emptyOutcome, summary: 'Something happened here' })).toBeNull();
  });

  it('trims the text, sends no empty lessons, and keeps suppliers only for a procurement', () => {
    const v = { result: 'PROCURED' as const, summary: ' Upphandlat ', lessonsLearned: '  ', contractedSupplierIds: ['s1'] };
    expect(toOutcomeInput(v)).toEqual({
      result: 'PROCURED',
      summary: 'Upphandlat',
      lessonsLearned: null,
      contractedSupplierIds: ['s1'],
    });
    expect(toOutcomeInput({ ...v, result: 'ABANDONED' })?.contractedSupplierIds).toEqual([]);
  });
});

describe('toggleSupplier', () => {
  it('adds once and removes', () => {
    expect(toggleSupplier(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleSupplier(['a'], 'a', true)).toEqual(['a']);
    expect(toggleSupplier(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});

describe('contractableSuppliers', () => {
  const m = (id: string, status: 'SUGGESTED' | 'CONNECTED' | 'WITHDRAWN' | 'DECLINED', interested = false) => ({
    status,
    supplierInterested: interested,
    buyerInvited: false,
    supplier: { id, organization: { name: `Org ${id}` } },
  });

  it('leaves out withdrawn and declined matches and puts the most engaged first', () => {
    const list = contractableSuppliers([
      m('a', 'SUGGESTED'),
      m('b', 'WITHDRAWN'),
      m('c', 'CONNECTED'),
      m('d', 'DECLINED'),
      m('e', 'SUGGESTED', true),
    ]);
    expect(list.map((s) => s.id)).toEqual(['c', 'e', 'a']);
    expect(list[0]).toEqual({ id: 'c', name: 'Org c', status: 'CONNECTED' });
  });
});

describe('the API errors on the outcome', () => {
  it('land on the outcome fields the dialog shows them under (outcome.summary -> summary)', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'outcome.summary needs at least 10 characters',
          extensions: { code: 'BAD_USER_INPUT', field: 'outcome.summary' },
        },
        { message: 'not a matched supplier', extensions: { code: 'BAD_USER_INPUT', field: 'outcome.contractedSupplierIds' } },
      ],
    });
    const byField = fieldErrors(apiErrors(error));
    expect(byField.summary?.message).toBe('outcome.summary needs at least 10 characters');
    expect(byField.contractedSupplierIds?.message).toBe('not a matched supplier');
  });
});
