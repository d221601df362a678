import type { LedgerAppend } from '@navet/ledger';

/** A public version the bulk writer (import, seed) just recorded. */
export interface BulkVersion {
  needId: string;
  version: number;
  status: 'PUBLISHED' | 'CLOSED';
  /** No earlier public version: this one made the need public. */
  first: boolean;
  buyerOrganizationId: string;
}

/**
 * What the ledger says about a need written in bulk: an imported need is published (or arrives
 * closed, as a recorded award) on behalf of its buyer; a re-import of a published need changes it.
 */
export function bulkLedgerEntry(v: BulkVersion): LedgerAppend {
  const base = { needId: v.needId, actorOrganizationId: v.buyerOrganizationId };
  if (v.status === 'CLOSED')
    return { ...base, action: 'NEED_CLOSED', summary: `The need was imported closed (version ${v.version})` };
  if (v.first) return { ...base, action: 'NEED_PUBLISHED', summary: `The need was published by import (version ${v.version})` };
  return { ...base, action: 'NEED_UPDATED', summary: `A re-import changed the published need (version ${v.version})` };
}
