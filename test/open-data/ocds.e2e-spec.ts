import {
  createAdmin,
  createTestEnv,
  insertNeed,
  insertOrganization,
  login,
  sampleNeed,
  Session,
  TestEnv,
  verifiedBuyer,
} from '@navet/testing';
import { ocdsPackageErrors } from './ocds-validator';

const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id version } }`;
const PUBLISH = `mutation($id: ID!) { publishNeed(id: $id) { id version } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { id version } }`;
const CLOSE = `mutation($id: ID!) { closeNeed(id: $id) { id version } }`;

interface Release {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  buyer: { id: string; name: string };
  parties: { id: string; roles: string[] }[];
  planning: { rationale: string };
  tender: {
    title: string;
    description: string;
    status: string;
    value?: { amount: number; currency: string };
    items: { classification: { scheme: string; id: string }; deliveryLocations: { gazetteer: { identifiers: string[] } }[] }[];
  };
}
interface Package {
  uri: string;
  version: string;
  publishedDate: string;
  releases: Release[];
  links?: { next: string };
}

const PREFIX = 'ocds-test01';

describe('OCDS 1.1 release feed (e2e)', () => {
  let env: TestEnv;
  let base: string;
  let buyer: Session;
  const ids: Record<string, string> = {};

  const gql = <T>(q: string, v: Record<string, unknown>) => env.gql.ok<T>(q, v, buyer.token);
  const create = async (over: Record<string, unknown>) =>
    (await gql<{ createNeed: { id: string } }>(CREATE, { input: sampleNeed(over) })).createNeed.id;
  // links.next is built from NAVET_PUBLIC_URL; the test server listens elsewhere.
  const local = (url: string) => {
    const u = new URL(url);
    return `${base}${u.pathname}${u.search}`;
  };
  const feed = async (query = '') => {
    const res = await fetch(`${base}/ocds/releases${query}`);
    return { status: res.status, body: (await res.json()) as Package & { error?: string; field?: string } };
  };
  /** Every page from `query` on, each checked against the schema. */
  const allPages = async (query: string) => {
    const pages: Package[] = [];
    let url: string | null = `${base}/ocds/releases${query}`;
    while (url) {
      const res: Response = await fetch(url);
      expect(res.status).toBe(200);
      const page = (await res.json()) as Package;
      expect(ocdsPackageErrors(page)).toEqual([]);
      pages.push(page);
      url = page.links ? local(page.links.next) : null;
    }
    return pages;
  };

  beforeAll(async () => {
    env = await createTestEnv({ NAVET_OCDS_PREFIX: PREFIX });
    base = env.url.replace('/graphql', '');
    const admin = await login(env, ...(Object.values(await createAdmin(env)) as [string, string]));
    buyer = await verifiedBuyer(env, admin, 'Öppna kommunen');
    // Published with a value, two CPV codes and two regions; then changed twice.
    ids.valued = await create({
      title: 'Laddning och fordon',
      estimatedValueSek: 2500000,
      cpvCodes: ['34144900-7', '31158100-9'],
      regionCodes: ['SE110', 'SE2'],
    });
    await gql(PUBLISH, { id: ids.valued });
    await gql(UPDATE, { id: ids.valued, input: { expectedVersion: 2, title: 'Laddning och eldrivna fordon' } });
    await gql(UPDATE, { id: ids.valued, input: { expectedVersion: 3, estimatedValueSek: null } });
    // Published without a value, then closed.
    ids.closed = await create({ title: 'Digital tillsyn', dialogueDeadline: new Date(Date.now() + 86400000).toISOString() });
    await gql(PUBLISH, { id: ids.closed });
    await gql(CLOSE, { id: ids.closed });
    // A draft, also edited: never in the feed.
    ids.draft = await create({ title: 'Hemligt utkast' });
    await gql(UPDATE, { id: ids.draft, input: { expectedVersion: 1, summary: 'Fortfarande ett utkast' } });
    // Written by the bulk writer (imports, seed): published, closed and draft.
    const org = await insertOrganization(env.ds, { name: 'Importkommunen' });
    ids.imported = await insertNeed(env.ds, org, { status: 'PUBLISHED', title: 'Importerat behov' });
    ids.importedClosed = await insertNeed(env.ds, org, { status: 'CLOSED', title: 'Importerat stängt behov' });
    ids.importedDraft = await insertNeed(env.ds, org, { status: 'DRAFT', title: 'Importerat utkast' });
  });
  afterAll(() => env?.close());

  it('publishes one valid planning release per public need version, never drafts', async () => {
    const { status, body } = await feed();
    expect(status).toBe(200);
    expect(ocdsPackageErrors(body)).toEqual([]);
    expect(body).toMatchObject({ version: '1.1' });
    const byId = new Map(body.releases.map((r) => [r.id, r]));
    const ocid = (k: string) => `${PREFIX}-${ids[k]}`;
    expect([...byId.keys()].sort()).toEqual(
      [
        `${ocid('valued')}-v2`,
        `${ocid('valued')}-v3`,
        `${ocid('valued')}-v4`,
        `${ocid('closed')}-v2`,
        `${ocid('closed')}-v3`,
        `${ocid('imported')}-v1`,
        `${ocid('importedClosed')}-v1`,
      ].sort(),
    );
    expect(JSON.stringify(body)).not.toMatch(/utkast/i);
    expect(byId.get(`${ocid('valued')}-v2`)).toMatchObject({
      ocid: ocid('valued'),
      tag: ['planning'],
      buyer: { id: buyer.organizationId, name: 'Öppna kommunen' },
      parties: [{ id: buyer.organizationId, roles: ['buyer'] }],
      tender: { title: 'Laddning och fordon', status: 'planning', value: { amount: 2500000, currency: 'SEK' } },
    });
    const v2 = byId.get(`${ocid('valued')}-v2`)!;
    expect(v2.tender.items.map((i) => i.classification)).toEqual([
      expect.objectContaining({ scheme: 'CPV', id: '34144900' }),
      expect.objectContaining({ scheme: 'CPV', id: '31158100' }),
    ]);
    expect(v2.tender.items[0]!.deliveryLocations.map((l) => l.gazetteer.identifiers)).toEqual([['SE110'], ['SE2']]);
    expect(byId.get(`${ocid('valued')}-v3`)).toMatchObject({
      tag: ['planningUpdate'],
      tender: { title: 'Laddning och eldrivna fordon' },
    });
    // The value was removed in version 4: that release has none, the earlier ones keep theirs.
    expect(byId.get(`${ocid('valued')}-v4`)!.tender).not.toHaveProperty('value');
    expect(byId.get(`${ocid('closed')}-v2`)).toMatchObject({ tag: ['planning'], tender: { status: 'planning' } });
    expect(byId.get(`${ocid('closed')}-v3`)).toMatchObject({ tag: ['planningUpdate'], tender: { status: 'withdrawn' } });
    expect(byId.get(`${ocid('importedClosed')}-v1`)).toMatchObject({ tag: ['planning'], tender: { status: 'withdrawn' } });
    // Oldest first; publishedDate is the newest release's date.
    const dates = body.releases.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(body.publishedDate).toBe(dates.at(-1));
    expect(body.links).toBeUndefined();
  });

  it('pages with limit and links.next through every release exactly once, stable while needs change', async () => {
    const all = (await feed()).body.releases.map((r) => r.id);
    const first = await feed('?limit=2');
    expect(first.body.releases.map((r) => r.id)).toEqual(all.slice(0, 2));
    expect(ocdsPackageErrors(first.body)).toEqual([]);
    // A change between pages lands at the end, without shifting or repeating anything.
    await gql(UPDATE, { id: ids.valued, input: { expectedVersion: 4, summary: 'Ny sammanfattning' } });
    const rest = await allPages(new URL(first.body.links!.next).search);
    const seen = [...first.body.releases, ...rest.flatMap((p) => p.releases)].map((r) => r.id);
    expect(seen).toEqual([...all, `${PREFIX}-${ids.valued}-v5`]);
    expect(rest.every((p) => p.releases.length <= 2)).toBe(true);
    expect(rest.at(-1)!.links).toBeUndefined();
  });

  it('filters on the release date with since (ISO date or date-time)', async () => {
    const all = (await feed()).body.releases;
    const middle = all[3]!.date;
    const since = await allPages(`?since=${encodeURIComponent(middle)}&limit=3`);
    const got = since.flatMap((p) => p.releases);
    expect(got.map((r) => r.id)).toEqual(all.filter((r) => r.date >= middle).map((r) => r.id));
    expect(new URL(since[0]!.uri).searchParams.get('since')).toBe(middle);
    const future = await feed('?since=2999-01-01');
    expect(future.status).toBe(200);
    // OCDS wants at least one release in a package; an empty page is the one response that is not a valid package.
    expect(future.body.releases).toEqual([]);
    expect(future.body.links).toBeUndefined();
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=1001', 'limit'],
    ['?limit=ten', 'limit'],
    ['?limit=5&limit=6', 'limit'],
    ['?since=yesterday', 'since'],
    ['?since=2026-12-01T08:00:00', 'since'],
    ['?after=forged', 'after'],
  ])('refuses %s with 400 and the field', async (query, field) => {
    const { status, body } = await feed(query);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'BAD_USER_INPUT', field, message: expect.stringContaining(field) });
  });

  it('takes limit 1000 and needs no sign-in', async () => {
    const { status, body } = await feed('?limit=1000');
    expect(status).toBe(200);
    expect(body.releases.length).toBeGreaterThan(0);
    expect(new URL(body.uri).searchParams.get('limit')).toBe('1000');
  });
});
