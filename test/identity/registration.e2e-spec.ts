import { randomBytes } from 'node:crypto';
import { luhnCheckDigit } from '@navet/identity';
import { createTestEnv, TestEnv } from '@navet/testing';

const ORG_FIELDS = `id name kind organizationNumber countryCode regionCode website verified`;
const USER_FIELDS = `id email name role organization { ${ORG_FIELDS} }`;
const REGISTER = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { accessToken user { ${USER_FIELDS} } }
}`;
const ME = `query { me { ${USER_FIELDS} } }`;

interface OrgView {
  id: string;
  name: string;
  kind: string;
  organizationNumber: string | null;
  countryCode: string;
  regionCode: string | null;
  website: string | null;
  verified: boolean;
}
interface UserView {
  id: string;
  email: string;
  name: string;
  role: string;
  organization: OrgView;
}
interface AuthView {
  accessToken: string;
  user: UserView;
}

const unique = () => randomBytes(4).toString('hex');

const registration = (over: Record<string, unknown> = {}) => ({
  organizationName: `Testkommun ${unique()}`,
  kind: 'PUBLIC_BUYER',
  userName: 'Anna Andersson',
  email: `anna-${unique()}@kommun.example`,
  password: 'correct-horse-battery',
  ...over,
});

describe('identity: registerOrganization and me (e2e)', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  const register = async (over: Record<string, unknown> = {}) =>
    (await env.gql.ok<{ registerOrganization: AuthView }>(REGISTER, { input: registration(over) })).registerOrganization;
  const me = async (token?: string) => (await env.gql.ok<{ me: UserView | null }>(ME, {}, token)).me;
  const counts = async () => {
    const [row] = await env.ds.query(`SELECT (SELECT count(*) FROM organizations) AS o, (SELECT count(*) FROM users) AS u`);
    return { organizations: Number(row.o), users: Number(row.u) };
  };

  it('registers a public buyer: BUYER role, unverified organization with every field, and a token that works for me', async () => {
    const email = `Anna.${unique()}@Kommun.Example`;
    const auth = await register({
      organizationName: 'Exempel kommun',
      organizationNumber: '212000-0001',
      regionCode: 'se110',
      website: 'https://www.exempel.se',
      email,
    });
    expect(auth.accessToken).toEqual(expect.any(String));
    expect(auth.user).toMatchObject({ email: email.toLowerCase(), name: 'Anna Andersson', role: 'BUYER' });
    expect(auth.user.organization).toEqual({
      id: expect.any(String),
      name: 'Exempel kommun',
      kind: 'PUBLIC_BUYER',
      organizationNumber: '212000-0001',
      countryCode: 'SE',
      regionCode: 'SE110',
      website: 'https://www.exempel.se',
      verified: false,
    });
    expect(await me(auth.accessToken)).toEqual(auth.user);
  });

  it('registers a supplier: SUPPLIER role, unverified, foreign country allowed', async () => {
    const auth = await register({ kind: 'SUPPLIER', organizationName: 'Laddbolaget AB', countryCode: 'dk', regionCode: 'DK01' });
    expect(auth.user.role).toBe('SUPPLIER');
    expect(auth.user.organization).toMatchObject({ kind: 'SUPPLIER', verified: false, countryCode: 'DK', regionCode: 'DK01' });
    const seen = await me(auth.accessToken);
    expect(seen).toMatchObject({ id: auth.user.id, role: 'SUPPLIER', organization: { id: auth.user.organization.id } });
  });

  it('returns null for me when anonymous', async () => {
    expect(await me()).toBeNull();
  });

  it('refuses to self-register a PLATFORM organization and writes nothing', async () => {
    const before = await counts();
    const err = await env.gql.fails(REGISTER, { input: registration({ kind: 'PLATFORM' }) });
    expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(await counts()).toEqual(before);
  });

  it('rejects bad input with the offending field and writes nothing', async () => {
    await register(); // at least one row exists, so "unchanged" is meaningful
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ password: 'elevenchars' }, 'password'],
      [{ password: '' }, 'password'],
      [{ email: 'not-an-email' }, 'email'],
      [{ email: 'anna@' }, 'email'],
      [{ countryCode: 'Sweden' }, 'countryCode'],
      [{ countryCode: 'S1' }, 'countryCode'],
      [{ regionCode: 'SE999' }, 'regionCode'],
      [{ regionCode: 'not a region' }, 'regionCode'],
      [{ website: 'exempel.se' }, 'website'],
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ organizationName: '   ' }, 'organizationName'],
      [{ userName: '' }, 'userName'],
    ];
    for (const [over, field] of cases) {
      const err = await env.gql.fails(REGISTER, { input: registration(over) });
      expect({ over, code: err.extensions?.code, field: err.extensions?.field }).toEqual({ over, code: 'BAD_USER_INPUT', field });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a region outside the organization’s country (field regionCode) and writes nothing', async () => {
    const before = await counts();
    for (const over of [
      { countryCode: 'SE', regionCode: 'DK01' },
      { countryCode: 'NO', regionCode: 'SE110' },
    ]) {
      const err = await env.gql
        .fails(REGISTER, { input: registration(over) })
        .catch((e: Error) => ({ message: e.message, extensions: undefined }));
      expect({ over, code: err.extensions?.code, field: err.extensions?.field }).toEqual({
        over,
        code: 'BAD_USER_INPUT',
        field: 'regionCode',
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('accepts a password of exactly 12 characters', async () => {
    const auth = await register({ password: 'twelve-chars' });
    expect(auth.user.role).toBe('BUYER');
  });

  it('refuses a duplicate e-mail with CONFLICT regardless of case, and writes neither organization nor user', async () => {
    const email = `dup-${unique()}@example.test`;
    await register({ email });
    const before = await counts();
    for (const again of [email, email.toUpperCase(), `  ${email}  `]) {
      const err = await env.gql.fails(REGISTER, { input: registration({ email: again, kind: 'SUPPLIER' }) });
      expect({ again, code: err.extensions?.code }).toEqual({ again, code: 'CONFLICT' });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a second organization with the same organization number in the same country (CONFLICT)', async () => {
    // A valid organisationsnummer: nine random digits and their Luhn check digit.
    const body = `556${String(randomBytes(3).readUIntBE(0, 3) % 1_000_000).padStart(6, '0')}`;
    const number = `${body.slice(0, 6)}-${body.slice(6)}${luhnCheckDigit(body)}`;
    await register({ organizationNumber: number });
    const before = await counts();
    const err = await env.gql.fails(REGISTER, { input: registration({ organizationNumber: number }) });
    expect(err.extensions?.code).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });
});
