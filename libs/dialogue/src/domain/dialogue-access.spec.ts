import { dialogueAccess, NeedReaders, readsMessages, sideOf } from './dialogue-access';

const dialogue = { supplierOrganizationId: 'supplier' };
const readers: NeedReaders = { ownerOrganizationId: 'buyer', existenceReaders: ['group-member'] };
const as = (organizationId: string, isAdmin = false) => ({ organizationId, isAdmin });

describe('dialogueAccess', () => {
  it('gives the two parties their side, admins read access, group members existence only, others nothing', () => {
    expect(dialogueAccess(as('buyer'), dialogue, readers)).toBe('BUYER');
    expect(dialogueAccess(as('supplier'), dialogue, readers)).toBe('SUPPLIER');
    expect(dialogueAccess(as('platform', true), dialogue, readers)).toBe('ADMIN');
    expect(dialogueAccess(as('group-member'), dialogue, readers)).toBe('EXISTENCE');
    expect(dialogueAccess(as('other-supplier'), dialogue, readers)).toBeNull();
    expect(dialogueAccess(as('other-buyer'), dialogue, { ...readers, existenceReaders: [] })).toBeNull();
    expect(dialogueAccess(null, dialogue, readers)).toBeNull();
  });

  it('lets only parties write and everyone but existence readers read messages', () => {
    expect(['BUYER', 'SUPPLIER', 'ADMIN', 'EXISTENCE'].map((a) => sideOf(a as never))).toEqual(['BUYER', 'SUPPLIER', null, null]);
    expect(['BUYER', 'SUPPLIER', 'ADMIN', 'EXISTENCE'].map((a) => readsMessages(a as never))).toEqual([true, true, true, false]);
  });
});
