import type { Session } from '@navet/testing';
import { RestartableService, ownRedis } from './fault-services';
import {
  ALL_ZERO,
  buyerAndSuppliers,
  FaultStack,
  integrityCounts,
  publishNeed,
  reportFigures,
  resentUnderSameKey,
  startFaultStack,
  upsertProfile,
  waitFor,
} from './fault-support';

/** The bound: relay and workers take up the work again by themselves within this after Redis is back. */
const RESUME_BOUND_MS = 10_000;
const SUPPLIERS = 3;

/**
 * Redis (the test's own, with the append-only file production runs with) stops and starts again
 * while needs are published: the API keeps taking writes (they land in PostgreSQL and the outbox),
 * the relay and the workers reconnect on their own, and every piece of work happens once.
 */
describe('fault: Redis restarts under the relay and the workers', () => {
  let redis: RestartableService;
  let stack: FaultStack;
  let buyer: Session;
  let suppliers: Session[];

  beforeAll(async () => {
    redis = await ownRedis();
    stack = await startFaultStack({ env: { REDIS_URL: redis.url } });
    ({ buyer, suppliers } = await buyerAndSuppliers(stack, SUPPLIERS));
    for (let i = 0; i < 2; i++) await publishNeed(stack.gql, buyer, i);
    await stack.quiet();
  }, 300_000);

  afterAll(async () => {
    await stack?.close();
    await redis?.close();
  }, 120_000);

  it('takes writes while Redis is down, resumes within 10 s of its return, and loses or repeats nothing', async () => {
    await redis.down();
    // Writes during the outage: they need PostgreSQL only.
    const written: string[] = [];
    for (let i = 2; i < 5; i++) written.push(await publishNeed(stack.gql, buyer, i));
    await upsertProfile(stack.gql, suppliers[0]!, 100);
    expect(written).toHaveLength(3);

    const { rows } = await stack.db.query<{ max: string }>(`SELECT coalesce(max(id), 0)::text AS max FROM outbox`);
    const before = rows[0]!.max;
    await redis.up();
    // Resumed: every row written before the restart is relayed, and a handler has run since (its
    // follow-up rows are the only ones newer than `before`: nobody else writes now).
    const resumed = await waitFor(
      'relay and worker resumed after the Redis restart',
      async () => {
        const r = await stack.db.query<{ pending: number; fresh: number }>(
          `SELECT count(*) FILTER (WHERE id <= $1 AND published_at IS NULL)::int AS pending,
                  count(*) FILTER (WHERE id > $1)::int AS fresh FROM outbox`,
          [before],
        );
        return r.rows[0]!.pending === 0 && r.rows[0]!.fresh > 0;
      },
      RESUME_BOUND_MS,
      () => stack.apps.logs(),
    );
    const drained = await waitFor(
      'all work done',
      async () => {
        await stack.quiet();
        return true;
      },
      120_000,
    );

    const counts = await integrityCounts(stack);
    reportFigures('redis restart', {
      resumedMs: resumed.ms,
      allWorkDoneMs: resumed.ms + drained.ms,
      needs: 5,
      suppliers: SUPPLIERS,
      ...resentUnderSameKey(stack),
      ...counts,
    });
    expect(counts).toEqual(ALL_ZERO(counts));
    expect(stack.hooks.received.length).toBeGreaterThanOrEqual(5 * SUPPLIERS);
  });
});
