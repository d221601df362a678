import { createModuleTestEnv, insertNeed, insertOrganization, ModuleTestEnv } from '@navet/testing';
import { inTransaction } from '@navet/database';
import { verifyChain } from './domain/ledger-chain';
import { LedgerModule } from './ledger.module';
import { LedgerService } from './ledger.service';
import { appendLedgerEntries, appendLedgerEntry } from './persistence/ledger.writer';

// Creating and migrating a database takes longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: ModuleTestEnv;
let ledger: LedgerService;

beforeAll(async () => {
  env = await createModuleTestEnv([LedgerModule]);
  ledger = env.app.get(LedgerService);
});

afterAll(() => env?.close());

async function newNeed(): Promise<{ needId: string; orgId: string }> {
  const orgId = await insertOrganization(env.ds, { name: 'Umeå kommun' });
  return { needId: await insertNeed(env.ds, orgId, { status: 'PUBLISHED' }), orgId };
}

const note = (needId: string, orgId: string, i: number) => ({
  needId,
  action: 'DIALOGUE_MESSAGE' as const,
  actorOrganizationId: orgId,
  summary: `contact ${i}`,
});

describe('the equal-treatment ledger', () => {
  it('keeps one unforked chain when 40 transactions append to one need at once', async () => {
    const { needId, orgId } = await newNeed();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => inTransaction(env.ds, (em) => appendLedgerEntry(em, note(needId, orgId, i)))),
    );
    const entries = await ledger.entries(needId);
    // Entry 1 is the publication the fixture wrote through the needs' bulk writer.
    expect(entries[0]!.action).toBe('NEED_PUBLISHED');
    expect(entries.map((e) => e.sequence)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(new Set(entries.slice(1).map((e) => e.summary)).size).toBe(40);
    expect(verifyChain(entries)).toMatchObject({ valid: true, length: 41 });
    expect((await ledger.heads([needId])).get(needId)).toEqual({ length: 41, headHash: entries[40]!.hash });
  });

  it('writes nothing when the action it records rolls back', async () => {
    const { needId, orgId } = await newNeed();
    await expect(
      inTransaction(env.ds, async (em) => {
        await appendLedgerEntry(em, note(needId, orgId, 1));
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect((await ledger.entries(needId)).map((e) => e.action)).toEqual(['NEED_PUBLISHED']);
    expect((await ledger.heads([needId])).get(needId)?.length).toBe(1);
  });

  it('appends to several needs in one transaction', async () => {
    const a = await newNeed();
    const b = await newNeed();
    await inTransaction(env.ds, (em) =>
      appendLedgerEntries(em, [note(b.needId, b.orgId, 1), note(a.needId, a.orgId, 1), note(b.needId, b.orgId, 2)]),
    );
    expect((await ledger.entries(b.needId)).map((e) => e.summary).slice(1)).toEqual(['contact 1', 'contact 2']);
    expect((await ledger.entries(a.needId)).map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    const { needId, orgId } = await newNeed();
    await inTransaction(env.ds, (em) => appendLedgerEntry(em, note(needId, orgId, 1)));
    await expect(env.ds.query(`UPDATE ledger_entries SET summary = 'rewritten' WHERE need_id = $1`, [needId])).rejects.toThrow(
      /append-only \(UPDATE refused\)/,
    );
    await expect(env.ds.query(`DELETE FROM ledger_entries WHERE need_id = $1`, [needId])).rejects.toThrow(
      /append-only \(DELETE refused\)/,
    );
    await expect(env.ds.query(`TRUNCATE ledger_entries`)).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
    expect((await ledger.entries(needId))[1]!.summary).toBe('contact 1');
  });

  it('shows a rewrite made around the protection: the chain no longer verifies from that entry on', async () => {
    const { needId, orgId } = await newNeed();
    for (let i = 1; i <= 3; i++) await inTransaction(env.ds, (em) => appendLedgerEntry(em, note(needId, orgId, i)));
    await inTransaction(env.ds, async (em) => {
      await em.query(`ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_no_update_or_delete`);
      await em.query(`UPDATE ledger_entries SET summary = 'nothing happened' WHERE need_id = $1 AND sequence = 3`, [needId]);
      await em.query(`ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_no_update_or_delete`);
    });
    expect(verifyChain(await ledger.entries(needId))).toMatchObject({ valid: false, firstBrokenSequence: 3 });
  });
});
