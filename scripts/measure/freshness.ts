/**
 * Measures, through the public API of a running Navet (`npm start`):
 *   --until searchable  publishNeed -> the need is found by searchNeeds (default)
 *   --until new-match   publishNeed -> the demo supplier has a NEW_MATCH notification for it
 *   npm run measure:freshness -- [--url http://localhost:3000/graphql] [--runs 20] [--until new-match]
 * Signs in as the demo buyer (and demo supplier), publishes needs with a unique word in the title,
 * in the demo supplier's field (electric-vehicle charging), and polls every 10 ms.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};

const url = arg('url', 'http://localhost:3000/graphql');
const runs = Number(arg('runs', '20'));
const until = arg('until', 'searchable');

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main(): Promise<void> {
  const demo = DEMO_ACCOUNTS.find((a) => a.email.startsWith('buyer@'))!;
  const email = process.env.NAVET_MEASURE_EMAIL ?? demo.email;
  const password = process.env.NAVET_MEASURE_PASSWORD ?? demo.password;
  const { login } = await gql<{ login: { accessToken: string } }>(
    `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`,
    { i: { email, password } },
  );
  const token = login.accessToken;
  const supplierDemo = DEMO_ACCOUNTS.find((a) => a.role === 'SUPPLIER')!;
  const supplierToken =
    until === 'new-match'
      ? (
          await gql<{ login: { accessToken: string } }>(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
            i: { email: supplierDemo.email, password: supplierDemo.password },
          })
        ).login.accessToken
      : '';
  const done = async (needId: string, word: string): Promise<boolean> => {
    if (until === 'new-match') {
      const { notifications } = await gql<{ notifications: { type: string; needId: string | null }[] }>(
        `query { notifications(first: 20) { type needId } }`,
        {},
        supplierToken,
      );
      return notifications.some((n) => n.type === 'NEW_MATCH' && n.needId === needId);
    }
    const { searchNeeds } = await gql<{ searchNeeds: { totalHits: number } }>(
      `query($q: String) { searchNeeds(query: $q) { totalHits } }`,
      {
        q: word,
      },
    );
    return searchNeeds.totalHits > 0;
  };
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const word = `freshness${randomBytes(4).toString('hex')}`;
    const { createNeed } = await gql<{ createNeed: { id: string } }>(
      `mutation($i: CreateNeedInput!) { createNeed(input: $i) { id } }`,
      {
        i: {
          title: `Mätning ${word}`,
          summary: 'Mätning av sökbarhet',
          description: 'Ett behov som bara finns för mätningen.',
          cpvCodes: ['72000000-5'],
          regionCodes: ['SE110'],
        },
      },
      token,
    );
    const started = performance.now();
    await gql(`mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: createNeed.id }, token);
    for (;;) {
      if (await done(createNeed.id, word)) break;
      if (performance.now() - started > 30_000) throw new Error(`need ${createNeed.id}: no ${until} after 30 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
    timings.push(performance.now() - started);
    await gql(`mutation($id: ID!) { closeNeed(id: $id) { id } }`, { id: createNeed.id }, token);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const fmt = (n: number) => `${n.toFixed(0)} ms`;
  console.log(
    `publishNeed -> ${until} over ${runs} needs: median ${fmt(percentile(sorted, 50))}, p95 ${fmt(percentile(sorted, 95))}, min ${fmt(sorted[0]!)}, max ${fmt(sorted.at(-1)!)}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
