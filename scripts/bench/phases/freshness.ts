import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Account, register } from '../accounts';
import { gql, KeepAliveClient } from '../http-client';
import { percentile } from '../latency-stats';
import type { QueueWatch } from '../queue-watch';

export interface FreshnessResult {
  needs: number;
  searchableP50: number;
  searchableP95: number;
  newMatchP50: number;
  newMatchP95: number;
  /** Needs for which no NEW_MATCH notification appeared within the timeout. */
  newMatchMissing: number;
}

// A theme no TED text is about, so the recipients registered below rank first for these needs.
const THEME = {
  cpvCodes: ['90733000-4'],
  regionCodes: ['SE110'],
  focusAreas: ['WATER_AND_WASTE'],
  profileHeadline: 'Sensorövervakning av dagvattenbrunnar och bräddavlopp',
  profileDescription:
    'Vi övervakar dagvattenbrunnar och bräddavlopp med batteridrivna nivåsensorer och larmar innan översvämning.',
};

const TIMEOUT_MS = 30_000;

/** Supplier accounts with profiles on the theme: NEW_MATCH notifications need a user to go to. */
export async function registerRecipients(client: KeepAliveClient, count: number): Promise<Account[]> {
  const out: Account[] = [];
  for (let i = 0; i < count; i++) {
    const supplier = await register(client, 'SUPPLIER', `Brunnsvakt ${i + 1} AB`);
    await gql(
      client,
      `mutation($i: UpsertSupplierProfileInput!) { upsertSupplierProfile(input: $i) { id } }`,
      {
        i: {
          headline: THEME.profileHeadline,
          description: THEME.profileDescription,
          offerings: ['Nivåsensorer i dagvattenbrunnar', 'Larm vid bräddning'],
          cpvCodes: THEME.cpvCodes,
          regionCodes: ['SE1'],
          focusAreas: THEME.focusAreas,
          companySize: 'SMALL',
          contactEmail: `kontakt@brunnsvakt-${i + 1}.example`,
        },
      },
      supplier.token,
    );
    out.push(supplier);
  }
  return out;
}

async function until(check: () => Promise<boolean>, started: number): Promise<number | null> {
  for (;;) {
    if (await check()) return performance.now() - started;
    if (performance.now() - started > TIMEOUT_MS) return null;
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * For each need: create (DRAFT), then time from sending publishNeed until (a) searchNeeds finds it
 * by a word only it contains and (b) the first NEW_MATCH notification for it is stored.
 */
export async function measureFreshness(
  client: KeepAliveClient,
  ds: DataSource,
  buyer: Account,
  count: number,
  watch: QueueWatch,
): Promise<FreshnessResult> {
  const searchable: number[] = [];
  const newMatch: number[] = [];
  let missing = 0;
  for (let i = 0; i < count; i++) {
    const word = `brunnsmätning${randomBytes(4).toString('hex')}`;
    const { createNeed } = await gql<{ createNeed: { id: string } }>(
      client,
      `mutation($i: CreateNeedInput!) { createNeed(input: $i) { id } }`,
      {
        i: {
          title: `Övervakning av dagvattenbrunnar ${word}`,
          summary: 'Vi vill veta när dagvattenbrunnar och bräddavlopp håller på att svämma över.',
          description: `${THEME.profileDescription} Behovet gäller kommunens dagvattenbrunnar (${word}).`,
          cpvCodes: THEME.cpvCodes,
          regionCodes: THEME.regionCodes,
          focusAreas: THEME.focusAreas,
        },
      },
      buyer.token,
    );
    const started = performance.now();
    await gql(client, `mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: createNeed.id }, buyer.token);
    const [found, matched] = await Promise.all([
      until(async () => {
        const d = await gql<{ searchNeeds: { totalHits: number } }>(
          client,
          `query($q: String) { searchNeeds(query: $q, pageSize: 1) { totalHits } }`,
          { q: word },
        );
        return d.searchNeeds.totalHits > 0;
      }, started),
      until(async () => {
        const rows = (await ds.query(`SELECT 1 FROM notifications WHERE need_id = $1 AND type = 'NEW_MATCH' LIMIT 1`, [
          createNeed.id,
        ])) as unknown[];
        return rows.length > 0;
      }, started),
    ]);
    if (found === null) throw new Error(`need ${createNeed.id} was not searchable within ${TIMEOUT_MS / 1000} s`);
    searchable.push(found);
    if (matched === null) missing++;
    else newMatch.push(matched);
    // Each need starts from a quiet system, as a buyer publishing alone would see it.
    await watch.waitIdle({ timeoutMs: 60_000, label: 'freshness settle', pollMs: 20 });
  }
  const s = [...searchable].sort((a, b) => a - b);
  const m = [...newMatch].sort((a, b) => a - b);
  return {
    needs: count,
    searchableP50: percentile(s, 50),
    searchableP95: percentile(s, 95),
    newMatchP50: percentile(m, 50),
    newMatchP95: percentile(m, 95),
    newMatchMissing: missing,
  };
}
