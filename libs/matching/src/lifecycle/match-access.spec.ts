import type { Actor } from '@navet/identity';
import { mayReadPartyWords } from './match-access';

const parties = { buyerOrganizationId: 'buyer-org', supplierOrganizationId: 'supplier-org' };
const actor = (organizationId: string, role: Actor['role']): Actor => ({ userId: 'u', organizationId, role });

describe('mayReadPartyWords', () => {
  it('lets the two parties and admins read what the parties wrote', () => {
    expect(mayReadPartyWords(actor('buyer-org', 'BUYER'), parties)).toBe(true);
    expect(mayReadPartyWords(actor('supplier-org', 'SUPPLIER'), parties)).toBe(true);
    expect(mayReadPartyWords(actor('platform', 'ADMIN'), parties)).toBe(true);
  });

  it('withholds it from anyone else, such as a buyer-group member reading the need’s matches', () => {
    expect(mayReadPartyWords(actor('group-member-org', 'BUYER'), parties)).toBe(false);
    expect(mayReadPartyWords(null, parties)).toBe(false);
  });
});
