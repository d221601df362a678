import { createHash } from 'node:crypto';

/** What a contact on a need is called in its ledger. Stable strings: exports and kept copies carry them. */
export const LEDGER_ACTIONS = [
  'NEED_PUBLISHED',
  'NEED_UPDATED',
  'NEED_CLOSED',
  'NEED_OUTCOME_RECORDED',
  'SUPPLIER_NOTIFIED',
  'INTEREST_EXPRESSED',
  'SUPPLIER_INVITED',
  'MATCH_CONNECTED',
  'MATCH_DECLINED',
  'QUESTION_ASKED',
  'CLARIFICATION_PUBLISHED',
  'DIALOGUE_OPENED',
  'DIALOGUE_MESSAGE',
  'BUYER_GROUP_PROPOSED',
  'BUYER_GROUP_ACCEPTED',
  'BUYER_GROUP_DECLINED',
  'BUYER_GROUP_LEFT',
] as const;
export type LedgerAction = (typeof LEDGER_ACTIONS)[number];

/** The hash a first entry points back to: 64 zeros (no entry before it). */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields an entry's hash covers. */
export interface LedgerFields {
  needId: string;
  sequence: number;
  at: Date;
  action: string;
  actorOrganizationId: string | null;
  summary: string;
}

export interface LedgerEntry extends LedgerFields {
  previousHash: string;
  hash: string;
}

/**
 * The canonical form of an entry, documented in docs/ledger.md so anyone can recompute a hash: a
 * JSON object of exactly these six keys in this (alphabetical) order, no whitespace, `at` as
 * ISO-8601 UTC with milliseconds (`2026-12-02T16:36:44.123Z`), a missing actor as `null`, strings
 * escaped as JSON.stringify does.
 */
export function canonicalJson(e: LedgerFields): string {
  return JSON.stringify({
    action: e.action,
    actorOrganizationId: e.actorOrganizationId,
    at: e.at.toISOString(),
    needId: e.needId,
    sequence: e.sequence,
    summary: e.summary,
  });
}

/** hash = hex(sha256(previousHash + canonicalJson(entry))), both as UTF-8. */
export function entryHash(previousHash: string, e: LedgerFields): string {
  return createHash('sha256')
    .update(previousHash + canonicalJson(e), 'utf8')
    .digest('hex');
}

/** The entry that follows `head` (null = the chain is empty). */
export function nextEntry(
  head: Pick<LedgerEntry, 'sequence' | 'hash'> | null,
  fields: Omit<LedgerFields, 'sequence'>,
): LedgerEntry {
  const sequence = head ? head.sequence + 1 : 1;
  const previousHash = head ? head.hash : GENESIS_HASH;
  const full = { ...fields, sequence };
  return { ...full, previousHash, hash: entryHash(previousHash, full) };
}

export interface LedgerVerification {
  valid: boolean;
  /** The first sequence whose entry does not fit its content, its predecessor or its place; null when valid. */
  firstBrokenSequence: number | null;
  length: number;
  headHash: string | null;
}

/** Checks a whole chain, ordered by sequence: 1, 2, … without gaps, each hash over its content and predecessor. */
export function verifyChain(entries: readonly LedgerEntry[]): LedgerVerification {
  let previous = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const broken = e.sequence !== i + 1 || e.previousHash !== previous || entryHash(previous, e) !== e.hash;
    if (broken) return { valid: false, firstBrokenSequence: i + 1, length: entries.length, headHash: entries.at(-1)!.hash };
    previous = e.hash;
  }
  return { valid: true, firstBrokenSequence: null, length: entries.length, headHash: entries.at(-1)?.hash ?? null };
}
