import { randomBytes } from 'node:crypto';
import { ensureDatabase } from '@navet/database';
import { GqlResponse, GraphQLClient, sampleNeed, Session } from '@navet/testing';
import { withDatabase } from '../../scripts/services';
import { CREATE_NEED, PUBLISH } from '../matching/match-graphql';
import { count } from '../scale-out/scale-out-support';
import { RestartableService, ownPostgres } from './fault-services';
import {
  ALL_ZERO,
  buyerAndSuppliers,
  FaultStack,
  integrityCounts,
  reportFigures,
  resentUnderSameKey,
  startFaultStack,
  waitFor,
} from './fault-support';

const SUPPLIERS = 2;
const NEED = `query($id: ID!) { need(id: $id) { id title } }`;

/** How one create-and-publish attempt ended: OK, or the code and HTTP status (and an internal error's message). */
async function createAndPublish(gql: GraphQLClient, buyer: Session, n: number): Promise<{ outcome: string; id?: string }> {
  const describe = (r: GqlResponse<unknown>) => {
    const e = r.errors![0]!;
    const code = e.extensions?.code;
    return `${code}/${r.status}${code === 'INTERNAL_SERVER_ERROR' ? ` (${e.message})` : ''}`;
  };
  const created = await gql.request<{ createNeed: { id: string } }>(
    CREATE_NEED,
    { input: sampleNeed({ title: `Laddning av elfordon, etapp ${n}` }) },
    buyer.token,
  );
  const id = created.data?.createNeed.id;
  if (!id) return { outcome: describe(created) };
  const published = await gql.request(PUBLISH, { id }, buyer.token);
  return published.errors?.length ? { outcome: describe(published), id } : { outcome: 'OK', id };
}

/**
 * The test's own PostgreSQL goes through a fast shutdown (open transactions rolled back, connections
 * cut) while a buyer keeps publishing, and starts again: the API answers a coded 503 meanwhile, never
 * an internal error, recovers without a restart of its own, and every publication is whole or absent.
 */
describe('fault: PostgreSQL restarts under the API and the worker', () => {
  let postgres: RestartableService;
  let stack: FaultStack;
  let buyer: Session;

  beforeAll(async () => {
    postgres = await ownPostgres();
    const databaseUrl = withDatabase(postgres.url, `navet_fault_${randomBytes(4).toString('hex')}`);
    await ensureDatabase(databaseUrl);
    stack = await startFaultStack({ database: 'none', env: { DATABASE_URL: databaseUrl } });
    ({ buyer } = await buyerAndSuppliers(stack, SUPPLIERS));
    await stack.quiet();
  }, 300_000);

  afterAll(async () => {
    await stack?.close();
    await postgres?.close();
  }, 120_000);

  it('answers 503 SERVICE_UNAVAILABLE while it is down, recovers by itself, and leaves nothing half-written', async () => {
    // Three writers publishing one need after another each, through the restart: transactions are in
    // flight when the server cuts its connections.
    const outcomes: { outcome: string; id?: string }[] = [];
    let writing = true;
    const writers = [0, 1, 2].map(async (w) => {
      for (let n = 0; writing; n++) {
        outcomes.push(await createAndPublish(stack.gql, buyer, w * 10_000 + n));
        await new Promise((r) => setTimeout(r, 50)); // pacing, so the outage is not a flood of refusals
      }
    });
    await waitFor(
      'a few publications before the restart',
      async () => outcomes.filter((o) => o.outcome === 'OK').length >= 3,
      60_000,
    );

    await postgres.down();
    const downAt = Date.now();
    const refused = await stack.gql.request(CREATE_NEED, { input: sampleNeed() }, buyer.token);
    const publishedId = outcomes.find((o) => o.outcome === 'OK')!.id!;
    const anonymous = await stack.gql.request(NEED, { id: publishedId });
    const ready = await fetch(`${stack.api.url}/health/ready`);
    expect({ status: refused.status, codes: refused.errors?.map((e) => e.extensions?.code) }).toEqual({
      status: 503,
      codes: ['SERVICE_UNAVAILABLE'],
    });
    expect({ status: anonymous.status, code: anonymous.errors?.[0]?.extensions?.code }).toEqual({
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
    });
    expect(ready.status).toBe(503);
    await waitFor(
      'refusals during the outage',
      async () => outcomes.filter((o) => o.outcome.startsWith('SERVICE')).length >= 10,
      30_000,
    );

    await postgres.up();
    const upAt = Date.now();
    const recovered = await waitFor(
      'the API publishing again',
      async () => (await createAndPublish(stack.gql, buyer, 1000)).outcome === 'OK',
      30_000,
      () => stack.apps.logs(),
    );
    const okBefore = outcomes.filter((o) => o.outcome === 'OK').length;
    await waitFor(
      'the writers publishing again',
      async () => outcomes.filter((o) => o.outcome === 'OK').length > okBefore,
      30_000,
    );
    writing = false;
    await Promise.all(writers);
    await stack.quiet(120_000);

    const { db } = stack;
    const halfWritten = {
      // A published need has its public version, its outbox event and its ledger entry, or is not published.
      publishedWithoutVersion: await count(
        db,
        `SELECT 1 FROM needs n WHERE n.status = 'PUBLISHED'
          AND NOT EXISTS (SELECT 1 FROM need_versions v WHERE v.need_id = n.id AND v.version = n.version)`,
      ),
      publishedWithoutEvent: await count(
        db,
        `SELECT 1 FROM needs n WHERE n.status = 'PUBLISHED'
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_type = 'need.published' AND o.payload->>'needId' = n.id::text)`,
      ),
      publishedWithoutLedgerEntry: await count(
        db,
        `SELECT 1 FROM needs n WHERE n.status = 'PUBLISHED'
          AND NOT EXISTS (SELECT 1 FROM ledger_entries l WHERE l.need_id = n.id AND l.action = 'NEED_PUBLISHED')`,
      ),
      eventsOfUnpublishedNeeds: await count(
        db,
        `SELECT 1 FROM outbox o JOIN needs n ON n.id::text = o.payload->>'needId'
          WHERE o.event_type = 'need.published' AND n.status <> 'PUBLISHED'`,
      ),
      answeredOkButNotPublished: await count(db, `SELECT 1 FROM needs WHERE id = ANY($1::uuid[]) AND status <> 'PUBLISHED'`, [
        outcomes.filter((o) => o.outcome === 'OK').map((o) => o.id),
      ]),
    };
    const answers = [...new Set(outcomes.map((o) => o.outcome))].sort();
    const counts = await integrityCounts(stack);
    reportFigures('postgres restart', {
      outageMs: upAt - downAt,
      recoveredAfterUpMs: recovered.ms,
      attempts: outcomes.length,
      refused: outcomes.filter((o) => o.outcome !== 'OK').length,
      answers,
      ...halfWritten,
      ...resentUnderSameKey(stack),
      ...counts,
    });
    // Nothing but success or the coded 503: no 500, no internal error, no hang.
    expect(answers.filter((a) => a !== 'OK' && a !== 'SERVICE_UNAVAILABLE/503')).toEqual([]);
    expect(halfWritten).toEqual(ALL_ZERO(halfWritten));
    expect(counts).toEqual(ALL_ZERO(counts));
  });
});
