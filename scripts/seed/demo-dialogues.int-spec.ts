import { DataSource } from 'typeorm';
import { readLedger, verifyChain } from '@navet/ledger';
import { ReferenceCatalogue } from '@navet/reference';
import { DEMO_DIALOGUES, seedDemoDialogues } from './demo-dialogues';
import { SeededDatabase, seededDatabase } from './test-support/seeded-database';

let seeded: SeededDatabase;
const catalogue = ReferenceCatalogue.fromFiles();
let ds: DataSource;
const rows = <T>(sql: string): Promise<T[]> => ds.query(sql) as Promise<T[]>;

describe('seedDemoDialogues (real PostgreSQL)', () => {
  beforeAll(async () => {
    seeded = await seededDatabase(catalogue);
    ds = seeded.ds;
  }, 120_000);

  afterAll(() => seeded?.close());

  it('connects demo pairs and opens their dialogues with Swedish messages, one asking for confidentiality, once', async () => {
    const first = await seedDemoDialogues(ds, catalogue);
    expect(first).toEqual({
      connections: DEMO_DIALOGUES.length,
      dialogues: DEMO_DIALOGUES.length,
      messages: DEMO_DIALOGUES.reduce((n, d) => n + d.messages.length, 0),
    });
    const dialogues = await rows<{ need_id: string; message_count: number; status: string }>(
      `SELECT d.need_id, d.message_count, m.status FROM dialogues d JOIN matches m ON m.id = d.match_id ORDER BY d.opened_at`,
    );
    // The interest and the invitation open each history.
    expect(dialogues.map((d) => [d.status, d.message_count])).toEqual(
      DEMO_DIALOGUES.map((d) => ['CONNECTED', d.messages.length + 2]),
    );
    const flagged = await rows<{ author_side: string; confidentiality_reason: string }>(
      `SELECT author_side, confidentiality_reason FROM dialogue_messages WHERE confidentiality_requested`,
    );
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.author_side).toBe('SUPPLIER');
    for (const d of dialogues) {
      const ledger = await readLedger(ds, d.need_id);
      expect(verifyChain(ledger).valid).toBe(true);
      expect(ledger.map((e) => e.action)).toEqual(
        expect.arrayContaining([
          'INTEREST_EXPRESSED',
          'SUPPLIER_INVITED',
          'MATCH_CONNECTED',
          'DIALOGUE_OPENED',
          'DIALOGUE_MESSAGE',
        ]),
      );
    }
    const events = await rows<{ event_type: string; n: number }>(
      `SELECT event_type, count(*)::int AS n FROM outbox WHERE event_type IN ('match.connected', 'dialogue.message-sent') GROUP BY 1 ORDER BY 1`,
    );
    expect(events).toEqual([
      { event_type: 'dialogue.message-sent', n: first.messages },
      { event_type: 'match.connected', n: first.connections },
    ]);

    expect(await seedDemoDialogues(ds, catalogue)).toEqual({ connections: 0, dialogues: 0, messages: 0 });
    expect((await rows<{ n: number }>(`SELECT count(*)::int AS n FROM dialogue_messages`))[0]!.n).toBe(
      first.messages + 2 * first.dialogues,
    );
  });
});
