import type { LedgerAppend } from '@navet/ledger';
import type { NotificationDraft } from './notification';

const TOLD_OF_NEED: Partial<Record<NotificationDraft['type'], string>> = {
  NEW_MATCH: 'Navet suggested the need to a supplier',
  SAVED_SEARCH_HIT: "The need matched a supplier's saved search",
};

/**
 * Telling a supplier about a need is a contact the ledger records: one entry per need, supplier
 * organization and kind, however many of its users were told.
 */
export function notificationLedgerAppends(stored: readonly NotificationDraft[], at: Date): LedgerAppend[] {
  const seen = new Set<string>();
  const out: LedgerAppend[] = [];
  for (const d of stored) {
    const summary = TOLD_OF_NEED[d.type];
    if (!summary || !d.needId) continue;
    const key = `${d.needId}:${d.organizationId}:${d.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ needId: d.needId, action: 'SUPPLIER_NOTIFIED', actorOrganizationId: d.organizationId, summary, at });
  }
  return out;
}
