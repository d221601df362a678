/**
 * Measures publishNeed -> need searchable through the public API of a running Navet.
 *   npm run measure:freshness -- [--url http://localhost:3000/graphql] [--runs 20]
 * Signs in as the demo buyer (or NAVET_MEASURE_EMAIL / NAVET_MEASURE_PASSWORD), publishes needs with
 * a unique word in the title and polls searchNeeds every 10 ms until each one is found.
 */
import { randomBytes } from 'node:crypto';
import { DEMO_ACCOUNTS } from '../seed/demo-accounts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};

const url = arg('url', 'http://localhost:3000/graphql');
const runs = Number(arg('runs', '20'));

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
      const { searchNeeds } = await gql<{ searchNeeds: { totalHits: number } }>(
        `query($q: String) { searchNeeds(query: $q) { totalHits } }`,
        { q: word },
      );
      if (searchNeeds.totalHits > 0) break;
      if (performance.now() - started > 30_000) throw new Error(`need ${createNeed.id} not searchable after 30 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
    timings.push(performance.now() - started);
    await gql(`mutation($id: ID!) { closeNeed(id: $id) { id } }`, { id: createNeed.id }, token);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const fmt = (n: number) => `${n.toFixed(0)} ms`;
  console.log(
    `publishNeed -> searchable over ${runs} needs: median ${fmt(percentile(sorted, 50))}, p95 ${fmt(percentile(sorted, 95))}, min ${fmt(sorted[0]!)}, max ${fmt(sorted.at(-1)!)}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
