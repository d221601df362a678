import { GENESIS_HASH, LedgerEntry, LedgerVerification, verifyChain } from './ledger-chain';

/** Bumped when the export's shape changes; `ledger:verify` refuses versions it does not know. */
export const LEDGER_EXPORT_FORMAT = 'navet-ledger-export';
export const LEDGER_EXPORT_VERSION = 1;

/** Travels in every export so a reader needs nothing else to recompute the hashes (see docs/ledger.md). */
export const CANONICAL_FORM_DESCRIPTION =
  "hash = lowercase hex of SHA-256 over the UTF-8 bytes of previousHash + canonical JSON; the first entry's " +
  `previousHash is ${GENESIS_HASH.length} zeros. Canonical JSON: an object with exactly the keys action, ` +
  'actorOrganizationId, at, needId, sequence, summary in this order, no whitespace, strings escaped as ' +
  'ECMAScript JSON.stringify does, at as ISO-8601 UTC with milliseconds (2026-12-02T16:36:44.123Z), ' +
  'a missing actorOrganizationId as null, sequence as an integer. actorOrganizationName is not hashed.';

export interface LedgerExportEntry {
  needId: string;
  sequence: number;
  at: string;
  action: string;
  actorOrganizationId: string | null;
  /** Not hashed: a name can change, the id cannot. */
  actorOrganizationName: string | null;
  summary: string;
  previousHash: string;
  hash: string;
}

export interface LedgerExport {
  format: typeof LEDGER_EXPORT_FORMAT;
  formatVersion: typeof LEDGER_EXPORT_VERSION;
  needId: string;
  exportedAt: string;
  canonicalForm: string;
  genesisHash: string;
  length: number;
  headHash: string | null;
  entries: LedgerExportEntry[];
}

export function buildLedgerExport(
  needId: string,
  entries: readonly LedgerEntry[],
  names: ReadonlyMap<string, string>,
  exportedAt: Date,
): LedgerExport {
  return {
    format: LEDGER_EXPORT_FORMAT,
    formatVersion: LEDGER_EXPORT_VERSION,
    needId,
    exportedAt: exportedAt.toISOString(),
    canonicalForm: CANONICAL_FORM_DESCRIPTION,
    genesisHash: GENESIS_HASH,
    length: entries.length,
    headHash: entries.at(-1)?.hash ?? null,
    entries: entries.map((e) => ({
      needId: e.needId,
      sequence: e.sequence,
      at: e.at.toISOString(),
      action: e.action,
      actorOrganizationId: e.actorOrganizationId,
      actorOrganizationName: e.actorOrganizationId ? (names.get(e.actorOrganizationId) ?? null) : null,
      summary: e.summary,
      previousHash: e.previousHash,
      hash: e.hash,
    })),
  };
}

const CSV_HEADER = [
  'sequence',
  'at',
  'action',
  'actorOrganizationId',
  'actorOrganizationName',
  'summary',
  'previousHash',
  'hash',
  'needId',
];

/** RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled. */
function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per entry under a header, CRLF line ends (RFC 4180). */
export function ledgerCsv(x: LedgerExport): string {
  const rows = x.entries.map((e) =>
    [e.sequence, e.at, e.action, e.actorOrganizationId, e.actorOrganizationName, e.summary, e.previousHash, e.hash, e.needId]
      .map(csvField)
      .join(','),
  );
  return [CSV_HEADER.join(','), ...rows].map((l) => l + '\r\n').join('');
}

export interface ExportVerification extends LedgerVerification {
  needId: string | null;
  /** Why the file is not a readable export, or why the chain is broken (first problem only). */
  problem: string | null;
}

const HEX64 = /^[0-9a-f]{64}$/;
const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

type Parsed = { ok: true; needId: string; entries: LedgerEntry[] } | { ok: false; problem: string; needId: string | null };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseEntry(raw: unknown, index: number): LedgerEntry | string {
  const where = `entries[${index}]`;
  if (!isRecord(raw)) return `${where} is not an object`;
  const { needId, sequence, at, action, actorOrganizationId, summary, previousHash, hash } = raw;
  if (typeof needId !== 'string') return `${where}.needId is not a string`;
  if (typeof sequence !== 'number' || !Number.isInteger(sequence)) return `${where}.sequence is not an integer`;
  // The hash covers `at` with milliseconds; a different spelling of the same instant would not re-hash equal.
  if (typeof at !== 'string' || !ISO_MS.test(at) || Number.isNaN(Date.parse(at)))
    return `${where}.at is not ISO-8601 UTC with ms`;
  if (typeof action !== 'string') return `${where}.action is not a string`;
  if (actorOrganizationId !== null && typeof actorOrganizationId !== 'string')
    return `${where}.actorOrganizationId is neither a string nor null`;
  if (typeof summary !== 'string') return `${where}.summary is not a string`;
  if (typeof previousHash !== 'string' || !HEX64.test(previousHash)) return `${where}.previousHash is not 64 hex digits`;
  if (typeof hash !== 'string' || !HEX64.test(hash)) return `${where}.hash is not 64 hex digits`;
  return { needId, sequence, at: new Date(at), action, actorOrganizationId, summary, previousHash, hash };
}

function parseExport(doc: unknown): Parsed {
  if (!isRecord(doc)) return { ok: false, problem: 'not a JSON object', needId: null };
  const needId = typeof doc.needId === 'string' ? doc.needId : null;
  if (doc.format !== LEDGER_EXPORT_FORMAT) return { ok: false, problem: `format is not "${LEDGER_EXPORT_FORMAT}"`, needId };
  if (doc.formatVersion !== LEDGER_EXPORT_VERSION)
    return { ok: false, problem: `formatVersion ${String(doc.formatVersion)} is not supported`, needId };
  if (!needId) return { ok: false, problem: 'needId is missing', needId };
  if (!Array.isArray(doc.entries)) return { ok: false, problem: 'entries is not an array', needId };
  const entries: LedgerEntry[] = [];
  for (let i = 0; i < doc.entries.length; i++) {
    const e = parseEntry(doc.entries[i], i);
    if (typeof e === 'string') return { ok: false, problem: e, needId };
    entries.push(e);
  }
  return { ok: true, needId, entries };
}

/**
 * Verifies an export on its own (no database): every entry belongs to the export's need, sequences run
 * 1, 2, … and each hash is recomputed from its content and predecessor. `expectedHead` is a head hash kept
 * from earlier (Need.ledgerHeadHash): a rewritten but self-consistent chain no longer ends in it.
 */
export function verifyLedgerExport(doc: unknown, expectedHead?: string): ExportVerification {
  const parsed = parseExport(doc);
  if (!parsed.ok)
    return { valid: false, firstBrokenSequence: null, length: 0, headHash: null, needId: parsed.needId, problem: parsed.problem };
  const { needId, entries } = parsed;
  const chain = verifyChain(entries);
  const foreign = entries.findIndex((e) => e.needId !== needId);
  if (foreign >= 0 && (chain.firstBrokenSequence === null || foreign + 1 < chain.firstBrokenSequence)) {
    return {
      ...chain,
      valid: false,
      firstBrokenSequence: foreign + 1,
      needId,
      problem: `entry ${foreign + 1} belongs to another need`,
    };
  }
  if (!chain.valid) {
    return { ...chain, needId, problem: `entry ${chain.firstBrokenSequence} does not match its content, predecessor or place` };
  }
  if (expectedHead !== undefined && !entries.some((e) => e.hash === expectedHead)) {
    return {
      ...chain,
      valid: false,
      needId,
      problem: `the kept head hash ${expectedHead} is not in this chain (history rewritten)`,
    };
  }
  return { ...chain, needId, problem: null };
}
