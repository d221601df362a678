import { DomainError } from '@navet/core';
import { outcomeLedgerSummary, validateNeedOutcome } from './need-outcome';

const at = new Date('2026-05-01T00:00:00Z');
const supplier = '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6';

function fieldOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as DomainError).field;
  }
  return undefined;
}

describe('validateNeedOutcome', () => {
  it('accepts a procurement with contracted suppliers and cleans the texts', () => {
    const o = validateNeedOutcome(
      {
        result: 'PROCURED',
        summary: '  Two pilots, one contract.  ',
        lessonsLearned: ' ',
        contractedSupplierIds: [supplier, supplier],
      },
      at,
    );
    expect(o).toEqual({
      result: 'PROCURED',
      summary: 'Two pilots, one contract.',
      lessonsLearned: null,
      contractedSupplierIds: [supplier],
      recordedAt: at,
    });
  });

  it('names the offending field', () => {
    expect(fieldOf(() => validateNeedOutcome({ result: 'WON', summary: 'Something happened' }, at))).toBe('outcome.result');
    expect(fieldOf(() => validateNeedOutcome({ result: 'ABANDONED', summary: 'short' }, at))).toBe('outcome.summary');
    expect(
      fieldOf(() =>
        validateNeedOutcome({ result: 'PROCURED', summary: 'Bought it in the end', contractedSupplierIds: ['x'] }, at),
      ),
    ).toBe('outcome.contractedSupplierIds');
  });

  it('refuses contracted suppliers unless the need was procured', () => {
    const input = { result: 'ABANDONED', summary: 'No budget this year after all', contractedSupplierIds: [supplier] };
    expect(fieldOf(() => validateNeedOutcome(input, at))).toBe('outcome.contractedSupplierIds');
  });

  it('summarises the outcome for the ledger without names', () => {
    const o = validateNeedOutcome(
      { result: 'PROCURED', summary: 'Contracted after dialogue', contractedSupplierIds: [supplier] },
      at,
    );
    expect(outcomeLedgerSummary(o)).toBe('The buyer recorded the outcome: PROCURED, 1 contracted supplier');
  });
});
