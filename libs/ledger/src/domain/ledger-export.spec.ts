import { canonicalJson, entryHash, GENESIS_HASH, LedgerEntry, nextEntry } from './ledger-chain';
import { buildLedgerExport, LedgerExport, ledgerCsv, verifyLedgerExport } from './ledger-export';

const NEED = '5f0c7a52-6a43-4c1e-9a43-6c0b1f3a9e01';
const ORG = '0b7e3c1a-2d4f-4a8b-9c6d-1e2f3a4b5c6d';

function chain(n: number): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      nextEntry(out.at(-1) ?? null, {
        needId: NEED,
        at: new Date(Date.UTC(2026, 11, 2, 10, 0, i, 123)),
        action: i === 0 ? 'NEED_PUBLISHED' : 'INTEREST_EXPRESSED',
        actorOrganizationId: i % 2 ? null : ORG,
        summary: `contact ${i}, "quoted"\nsecond line`,
      }),
    );
  }
  return out;
}

const exported = (n = 3): LedgerExport =>
  JSON.parse(
    JSON.stringify(buildLedgerExport(NEED, chain(n), new Map([[ORG, 'Umeå kommun']]), new Date('2026-12-02T12:00:00Z'))),
  );

describe('ledger export', () => {
  it('carries every hashed field, the canonical form and the names (not hashed)', () => {
    const x = exported();
    expect(x).toMatchObject({ format: 'navet-ledger-export', formatVersion: 1, needId: NEED, length: 3 });
    expect(x.headHash).toBe(x.entries[2]!.hash);
    expect(x.canonicalForm).toContain('actorOrganizationId, at, needId, sequence, summary');
    expect(x.entries[0]).toEqual({
      needId: NEED,
      sequence: 1,
      at: '2026-12-02T10:00:00.123Z',
      action: 'NEED_PUBLISHED',
      actorOrganizationId: ORG,
      actorOrganizationName: 'Umeå kommun',
      summary: 'contact 0, "quoted"\nsecond line',
      previousHash: '0'.repeat(64),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(x.entries[1]!.actorOrganizationName).toBeNull();
  });

  it('writes RFC 4180 CSV: a header, one row per entry, quoted fields with doubled quotes, CRLF', () => {
    const csv = ledgerCsv(exported(2));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('sequence,at,action,actorOrganizationId,actorOrganizationName,summary,previousHash,hash,needId');
    expect(lines[1]).toMatch(
      /^1,2026-12-02T10:00:00.123Z,NEED_PUBLISHED,0b7e3c1a-[^,]+,Umeå kommun,"contact 0, ""quoted""\nsecond line",0{64},[0-9a-f]{64},5f0c7a52-[^,]+$/,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    // The quoted summary's LF stays inside its field: two entries, one header, one trailing empty string.
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('verifies an intact export and names the first broken sequence of a tampered one', () => {
    const x = exported(4);
    expect(verifyLedgerExport(x)).toMatchObject({ valid: true, firstBrokenSequence: null, length: 4, problem: null });
    x.entries[2]!.summary = 'nothing happened';
    expect(verifyLedgerExport(x)).toMatchObject({ valid: false, firstBrokenSequence: 3 });
  });

  it('ignores the organization names (not hashed) but not the actor id', () => {
    const x = exported();
    x.entries[0]!.actorOrganizationName = 'Renamed AB';
    expect(verifyLedgerExport(x).valid).toBe(true);
    x.entries[1]!.actorOrganizationId = ORG;
    expect(verifyLedgerExport(x).firstBrokenSequence).toBe(2);
  });

  it('refuses a removed entry, an entry of another need and an unknown format', () => {
    const removed = exported(3);
    removed.entries.splice(1, 1);
    expect(verifyLedgerExport(removed)).toMatchObject({ valid: false, firstBrokenSequence: 2 });
    const foreign = exported(2);
    foreign.needId = ORG;
    expect(verifyLedgerExport(foreign)).toMatchObject({ valid: false, firstBrokenSequence: 1 });
    expect(verifyLedgerExport({ ...exported(), formatVersion: 9 })).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/formatVersion/),
    });
    expect(verifyLedgerExport([])).toMatchObject({ valid: false, problem: 'not a JSON object' });
  });

  it('detects a self-consistent rewrite against a kept head hash', () => {
    const kept = exported(3).headHash!;
    expect(verifyLedgerExport(exported(5), kept).valid).toBe(true);
    const rewritten = buildLedgerExport(NEED, chain(2), new Map(), new Date());
    expect(verifyLedgerExport(JSON.parse(JSON.stringify(rewritten)), kept)).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/kept head/),
    });
  });
});

describe('docs/ledger.md worked example', () => {
  it('has the bytes and hashes the document shows', () => {
    const first = {
      needId: NEED,
      sequence: 1,
      at: new Date('2026-12-02T10:00:00.123Z'),
      action: 'NEED_PUBLISHED',
      actorOrganizationId: ORG,
      summary: 'The buyer published the need (version 2)',
    };
    expect(Buffer.byteLength(canonicalJson(first))).toBe(234);
    const h1 = entryHash(GENESIS_HASH, first);
    expect(h1).toBe('de58f0f11ee09cb2b09f60dbc5f5a49a7507ae3f289acd3dee7b0b820e27eb8e');
    const second = {
      needId: NEED,
      sequence: 2,
      at: new Date('2026-12-02T10:05:00.000Z'),
      action: 'INTEREST_EXPRESSED',
      actorOrganizationId: '9d1f6b2e-3c4a-4e5f-8a7b-6c5d4e3f2a1b',
      summary: 'A supplier expressed interest',
    };
    expect(entryHash(h1, second)).toBe('683961428291e4e02c6574cf9fc68c7b45a2e408bb8cef264c2528eb2ae6bcc8');
  });
});
