import { bulkLedgerEntry } from './need-ledger';

const v = { needId: 'n1', version: 1, status: 'PUBLISHED' as const, first: true, buyerOrganizationId: 'o1' };

describe('ledger entries of needs written in bulk', () => {
  it('records the first public version as published, on behalf of the buyer', () => {
    expect(bulkLedgerEntry(v)).toEqual({
      needId: 'n1',
      actorOrganizationId: 'o1',
      action: 'NEED_PUBLISHED',
      summary: 'The need was published by import (version 1)',
    });
  });

  it('records a re-import as a change and a closed award as closed', () => {
    expect(bulkLedgerEntry({ ...v, version: 3, first: false }).action).toBe('NEED_UPDATED');
    expect(bulkLedgerEntry({ ...v, status: 'CLOSED' }).action).toBe('NEED_CLOSED');
  });
});
