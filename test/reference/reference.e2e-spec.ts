import { createTestEnv, TestEnv } from '@navet/testing';

const CPV = `query($code: String!) { cpvCode(code: $code) { code labelSv labelEn level parentCode } }`;
const SEARCH_CPV = `query($q: String!, $first: Int) { searchCpvCodes(query: $q, first: $first) { code labelSv labelEn level } }`;
const REGIONS = `query { regions { code name level parentCode } }`;

interface CpvView {
  code: string;
  labelSv: string;
  labelEn: string;
  level: number;
  parentCode: string | null;
}
interface RegionView {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

/** CPV codes and Swedish NUTS regions, as forms and filters use them; no sign-in needed. */
describe('reference data (e2e)', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  const cpv = async (code: string) => (await env.gql.ok<{ cpvCode: CpvView | null }>(CPV, { code })).cpvCode;
  const searchCpv = async (q: string, first?: number) =>
    (await env.gql.ok<{ searchCpvCodes: CpvView[] }>(SEARCH_CPV, { q, ...(first === undefined ? {} : { first }) }))
      .searchCpvCodes;

  it('looks up a specific CPV code with both labels, its level and parent', async () => {
    expect(await cpv('34144900-7')).toEqual({
      code: '34144900-7',
      labelSv: 'Elfordon',
      labelEn: 'Electric vehicles',
      level: 5,
      parentCode: '34144000-8',
    });
    // Without the check digit the code is still recognised, and answered in its canonical form.
    expect((await cpv(' 34144900 '))?.code).toBe('34144900-7');
  });

  it('a division is level 1 and has no parent', async () => {
    expect(await cpv('03000000-1')).toEqual(
      expect.objectContaining({
        code: '03000000-1',
        level: 1,
        parentCode: null,
        labelEn: expect.stringMatching(/^Agricultural/),
      }),
    );
  });

  it('the parent chain of a code climbs level by level to its division', async () => {
    const chain: CpvView[] = [];
    let next: string | null = '34144900-7';
    while (next) {
      const entry: CpvView | null = await cpv(next);
      expect(entry).not.toBeNull();
      chain.push(entry!);
      next = entry!.parentCode;
    }
    expect(chain.at(-1)!.code).toBe('34000000-7');
    expect(chain.at(-1)!.level).toBe(1);
    const levels = chain.map((c) => c.level);
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
  });

  it('returns null for unknown codes and malformed input instead of an error', async () => {
    expect(await cpv('99999999-9')).toBeNull();
    expect(await cpv('34144900-1')).toBeNull();
    expect(await cpv('banana')).toBeNull();
    expect(await cpv('')).toBeNull();
  });

  it('searches CPV labels by a Swedish word', async () => {
    const hits = await searchCpv('elfordon');
    expect(hits.map((h) => h.code)).toContain('34144900-7');
    expect(hits.length).toBeLessThanOrEqual(20);
  });

  it('searches CPV labels by English words', async () => {
    expect((await searchCpv('electric vehicles')).map((h) => h.code)).toContain('34144900-7');
  });

  it('searches by code prefix: "7221" returns codes starting with 7221', async () => {
    const hits = await searchCpv('7221');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.code)).toContain('72212000-4');
    for (const h of hits) expect(h.code.startsWith('7221')).toBe(true);
  });

  it('honours first and refuses first outside 1..100 with BAD_USER_INPUT', async () => {
    expect(await searchCpv('tjänster', 3)).toHaveLength(3);
    for (const first of [0, -1, 101]) {
      const err = await env.gql.fails(SEARCH_CPV, { q: 'tjänster', first });
      expect({ first, code: err.extensions?.code, field: err.extensions?.field }).toEqual({
        first,
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    }
  });

  it('returns nothing for a blank or unmatched query', async () => {
    expect(await searchCpv('   ')).toEqual([]);
    expect(await searchCpv('xyzzyplughqwerty')).toEqual([]);
  });

  it('lists the 33 Swedish regions: country, NUTS 1, NUTS 2 and the 21 counties', async () => {
    const regions = (await env.gql.ok<{ regions: RegionView[] }>(REGIONS)).regions;
    expect(regions).toHaveLength(33);
    expect(new Set(regions.map((r) => r.code)).size).toBe(33);
    expect(regions).toContainEqual({ code: 'SE110', name: 'Stockholms län', level: 3, parentCode: 'SE11' });
    expect(regions).toContainEqual(expect.objectContaining({ code: 'SE', level: 0, parentCode: null }));
    expect(regions.filter((r) => r.level === 3)).toHaveLength(21);
    const codes = new Set(regions.map((r) => r.code));
    for (const r of regions) if (r.parentCode) expect(codes.has(r.parentCode)).toBe(true);
  });
});
