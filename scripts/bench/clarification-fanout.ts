/**
 * Clarification fan-out: the time from publishClarification to the last engaged supplier's
 * CLARIFICATION_PUBLISHED notification row, on real services (PostgreSQL, Redis, Meilisearch, the
 * built api and worker as separate processes, production mode), like `npm run bench`.
 *
 *   npm run build && node dist/scripts/bench/clarification-fanout.js [--suppliers 40] [--runs 20] [--bystanders 5]
 *
 * Setup: one verified buyer publishes a need; `--suppliers` supplier organizations engage on it
 * (a third INTERESTED, a third INVITED, a third CONNECTED) and `--bystanders` only have profiles.
 * Each run, one engaged supplier asks a question and the buyer answers it with publishClarification
 * (questionId set), from an idle system. The clock starts when the mutation is sent and stops when
 * the notifications table holds a row for every user of every engaged organization (polled every
 * 5 ms). All rows are written by one job in one transaction, so the first row visible is also the
 * last. Reported: median, p95, min, max of 20 runs, the mutation's own response time, and the
 * server-side gap (notification created_at - clarification publishedAt, no polling in it).
 */
import { cpus, loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@navet/database';
import { ALL_ENTITIES } from '../../apps/entities';
import { Account, login, register, verifiedBuyer } from './accounts';
import { startBenchEnvironment } from './bench-environment';
import { gql, KeepAliveClient } from './http-client';
import { percentile } from './latency-stats';
import { QueueWatch } from './queue-watch';

const log = (line: string) => console.log(`[clarification-fanout] ${line}`);

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a whole number`);
  return v;
};

const THEME = {
  cpvCodes: ['90733000-4'],
  regionCodes: ['SE110'],
  focusAreas: ['WATER_AND_WASTE'],
};
const TIMEOUT_MS = 30_000;

interface Supplier extends Account {
  profileId: string;
}

async function supplierWithProfile(api: KeepAliveClient, i: number): Promise<Supplier> {
  const s = await register(api, 'SUPPLIER', `Dagvattenbolag ${i + 1} AB`);
  const { upsertSupplierProfile } = await gql<{ upsertSupplierProfile: { id: string } }>(
    api,
    `mutation($i: UpsertSupplierProfileInput!) { upsertSupplierProfile(input: $i) { id } }`,
    {
      i: {
        headline: 'Nivåsensorer i dagvattenbrunnar',
        description: 'Vi övervakar dagvattenbrunnar och bräddavlopp med batteridrivna nivåsensorer.',
        offerings: ['Nivåsensorer'],
        cpvCodes: THEME.cpvCodes,
        regionCodes: ['SE1'],
        focusAreas: THEME.focusAreas,
        companySize: 'SMALL',
        contactEmail: `kontakt@dagvatten-${i + 1}.example`,
      },
    },
    s.token,
  );
  return { ...s, profileId: upsertSupplierProfile.id };
}

async function main(): Promise<void> {
  const suppliers = arg('suppliers', 40);
  const runs = arg('runs', 20);
  const bystanders = arg('bystanders', 5);
  const env = await startBenchEnvironment({ logLevel: 'warn' });
  const ds = new DataSource(dataSourceOptions(env.databaseUrl, ALL_ENTITIES, 2));
  await ds.initialize();
  const watch = new QueueWatch(env.redisUrl, env.queuePrefix, ds);
  const api = new KeepAliveClient(env.apiUrl);
  try {
    const adminToken = await login(api, env.admin.email, env.admin.password);
    const buyer = await verifiedBuyer(api, adminToken);
    const { createNeed } = await gql<{ createNeed: { id: string } }>(
      api,
      `mutation($i: CreateNeedInput!) { createNeed(input: $i) { id } }`,
      {
        i: {
          title: 'Larm innan dagvattenbrunnar svämmar över',
          summary: 'Vi vill veta när brunnar och bräddavlopp håller på att svämma över.',
          description: 'Kommunen har 4 000 dagvattenbrunnar och saknar larm innan översvämning vid skyfall.',
          ...THEME,
        },
      },
      buyer.token,
    );
    const needId = createNeed.id;
    await gql(api, `mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: needId }, buyer.token);

    log(`registering ${suppliers} engaged suppliers and ${bystanders} bystanders...`);
    const engaged: Supplier[] = [];
    for (let i = 0; i < suppliers + bystanders; i++) {
      const s = await supplierWithProfile(api, i);
      if (i >= suppliers) continue;
      engaged.push(s);
      // A third each: INTERESTED, INVITED, CONNECTED (interest, then invitation).
      if (i % 3 !== 1) await gql(api, `mutation($n: ID!) { expressInterest(needId: $n) { id } }`, { n: needId }, s.token);
      if (i % 3 !== 0)
        await gql(
          api,
          `mutation($n: ID!, $s: ID!) { inviteSupplier(needId: $n, supplierId: $s) { id } }`,
          { n: needId, s: s.profileId },
          buyer.token,
        );
    }
    await watch.waitIdle({ timeoutMs: 120_000, label: 'setup' });
    const statuses: { status: string; n: number }[] = await ds.query(
      `SELECT status, count(*)::int AS n FROM matches WHERE need_id = $1 GROUP BY status ORDER BY status`,
      [needId],
    );
    log(`matches on the need: ${statuses.map((s) => `${s.status} ${s.n}`).join(', ')}`);
    const engagedOrgs = engaged.map((s) => s.organizationId);
    const [{ users }] = (await ds.query(`SELECT count(*)::int AS users FROM users WHERE organization_id = ANY($1::uuid[])`, [
      engagedOrgs,
    ])) as { users: number }[];

    const total: number[] = [];
    const response: number[] = [];
    const serverSide: number[] = [];
    for (let r = 0; r < runs; r++) {
      const asker = engaged[r % engaged.length]!;
      const { askQuestion } = await gql<{ askQuestion: { id: string } }>(
        api,
        `mutation($n: ID!, $q: String!) { askQuestion(needId: $n, question: $q) { id } }`,
        { n: needId, q: `Fråga ${r + 1}: hur många brunnar ligger i lågpunkter?` },
        asker.token,
      );
      await watch.waitIdle({ timeoutMs: 60_000, label: `before run ${r + 1}` });
      const started = performance.now();
      const { publishClarification } = await gql<{ publishClarification: { id: string; publishedAt: string } }>(
        api,
        `mutation($n: ID!, $q: String!, $a: String!, $qid: ID) {
          publishClarification(needId: $n, question: $q, answer: $a, questionId: $qid) { id publishedAt } }`,
        { n: needId, q: `Hur många brunnar ligger i lågpunkter? (${r + 1})`, a: 'Omkring 600 av 4 000.', qid: askQuestion.id },
        buyer.token,
      );
      response.push(performance.now() - started);
      const key = `clarification:${publishClarification.id}`;
      for (;;) {
        const [row] = (await ds.query(
          `SELECT count(*)::int AS n, max(created_at) AS last FROM notifications WHERE event_key = $1`,
          [key],
        )) as { n: number; last: Date | null }[];
        if (row!.n >= users) {
          total.push(performance.now() - started);
          serverSide.push(new Date(row!.last!).getTime() - Date.parse(publishClarification.publishedAt));
          if (row!.n !== users) throw new Error(`run ${r + 1}: ${row!.n} notifications for ${users} engaged users`);
          break;
        }
        if (performance.now() - started > TIMEOUT_MS) throw new Error(`run ${r + 1}: ${row!.n}/${users} notified after 30 s`);
        await new Promise((res) => setTimeout(res, 5));
      }
    }
    const failed = await watch.failed();
    const fmt = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return `median ${percentile(s, 50).toFixed(0)} ms, p95 ${percentile(s, 95).toFixed(0)} ms, min ${s[0]!.toFixed(0)} ms, max ${s.at(-1)!.toFixed(0)} ms`;
    };
    console.log(
      `\nClarification fan-out: ${suppliers} engaged supplier organizations (${users} users), ${bystanders} bystanders, ${runs} runs, ` +
        `${cpus().length} CPUs, load ${loadavg()[0]!.toFixed(2)}\n` +
        `  publishClarification -> last engaged supplier's notification row: ${fmt(total)}\n` +
        `  publishClarification response time:                          ${fmt(response)}\n` +
        `  server side (notification created_at - publishedAt):          ${fmt(serverSide)}\n` +
        `  failed jobs: ${failed}`,
    );
  } finally {
    api.close();
    await watch.close();
    await ds.destroy();
    await env.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
