import type { AppProcess, Session } from '@navet/testing';
import { count } from '../scale-out/scale-out-support';
import {
  ALL_ZERO,
  buyerAndSuppliers,
  FaultStack,
  integrityCounts,
  publishNeed,
  reportFigures,
  resentUnderSameKey,
  startFaultStack,
  waitFor,
} from './fault-support';

/**
 * The size of the run. The issue asks for ~10,000 jobs; on a 2-core machine shared with other work
 * the default is smaller (40 needs x 10 suppliers: 400 suggestions, each planned and delivered by
 * e-mail and webhook, ~1,700 jobs) and FAULT_KILL_NEEDS / FAULT_KILL_SUPPLIERS scale it up (the
 * README's table reports the figures of a larger run).
 */
const NEEDS = Number(process.env.FAULT_KILL_NEEDS ?? 40);
const SUPPLIERS = Number(process.env.FAULT_KILL_SUPPLIERS ?? 10);
const KILLS = 5;
// Every suggestion is e-mailed too (the cap's maximum), so each one costs a plan job and two deliveries.
const DAILY_MATCH_CAP = 100;

/** kill -9 of the worker's process group: no shutdown hook, no job finished or released. */
async function killHard(worker: AppProcess): Promise<void> {
  try {
    process.kill(-worker.proc.pid, 'SIGKILL');
  } catch {
    process.kill(worker.proc.pid, 'SIGKILL');
  }
  await worker.proc.exited;
}

/**
 * The only worker is killed with SIGKILL five times while matching and notification jobs run, and
 * started again each time: afterwards every outbox event was relayed, every published need has all
 * its suggestions, and the SMTP sink and the webhook receiver saw each delivery under one key.
 */
describe(`fault: kill -9 of the worker ${KILLS} times during ${NEEDS} x ${SUPPLIERS} matching and notification work`, () => {
  let stack: FaultStack;
  let buyer: Session;
  let suppliers: Session[];

  beforeAll(async () => {
    stack = await startFaultStack();
    ({ buyer, suppliers } = await buyerAndSuppliers(stack, SUPPLIERS, DAILY_MATCH_CAP));
    await stack.quiet();
  }, 300_000);

  afterAll(async () => {
    await stack?.close();
  }, 120_000);

  it('loses no event, suggestion, e-mail or webhook call, and repeats none', async () => {
    const expectedMatches = NEEDS * SUPPLIERS;
    const started = Date.now();
    for (let i = 0; i < NEEDS; i++) await publishNeed(stack.gql, buyer, i);

    // Each kill waits for a share of the suggestions and for the running worker to have added some, so
    // all five land while work is running and none hits a worker that has not started work yet.
    const matches = () => count(stack.db, `SELECT 1 FROM matches WHERE origin = 'MATCHER'`);
    const killedAtMatches: number[] = [];
    let worker = stack.workers[0]!;
    let atStart = await matches();
    for (let k = 1; k <= KILLS; k++) {
      const threshold = Math.ceil((k * expectedMatches) / (KILLS + 1));
      const reached = await waitFor(
        `${threshold} suggestions, some by the running worker, before kill ${k}`,
        async () => {
          const n = await matches();
          return n >= threshold && n > atStart ? n : false;
        },
        240_000,
        () => stack.apps.logs(),
      );
      killedAtMatches.push(reached.value);
      await killHard(worker);
      worker = await stack.startWorker();
      atStart = await matches();
    }
    // Jobs the killed workers held are taken back once their locks expire (BullMQ's stalled check).
    const drained = await waitFor(
      'all work done',
      async () => {
        await stack.quiet();
        return true;
      },
      300_000,
    );

    const counts = await integrityCounts(stack);
    const figures = {
      needs: NEEDS,
      suppliers: SUPPLIERS,
      killedAtMatches,
      totalMs: Date.now() - started,
      drainAfterLastKillMs: drained.ms,
      outboxEvents: await count(stack.db, `SELECT 1 FROM outbox`),
      matches: await count(stack.db, `SELECT 1 FROM matches WHERE origin = 'MATCHER'`),
      deliveries: await count(stack.db, `SELECT 1 FROM deliveries`),
      mails: stack.mail.mails.length,
      webhookCalls: stack.hooks.received.length,
      ...resentUnderSameKey(stack),
      ...counts,
    };
    reportFigures('worker kill -9', figures);
    expect(killedAtMatches).toHaveLength(KILLS);
    expect(figures.matches).toBe(expectedMatches);
    expect(counts).toEqual(ALL_ZERO(counts));
    // Every suggestion reached its supplier both ways: one e-mail to its user, one call to its webhook.
    const sentToSuppliers = (channel: string, column: string, ids: string[]) =>
      count(
        stack.db,
        `SELECT 1 FROM deliveries WHERE channel = $1 AND event_type = 'NEW_MATCH' AND status = 'SENT' AND ${column} = ANY($2::uuid[])`,
        [channel, ids],
      );
    expect(
      await sentToSuppliers(
        'EMAIL',
        'user_id',
        suppliers.map((s) => s.userId),
      ),
    ).toBe(expectedMatches);
    expect(
      await sentToSuppliers(
        'WEBHOOK',
        'organization_id',
        suppliers.map((s) => s.organizationId),
      ),
    ).toBe(expectedMatches);
  });
});
