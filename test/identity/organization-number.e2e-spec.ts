import { randomBytes } from 'node:crypto';
import { luhnCheckDigit } from '@navet/identity';
import { createTestEnv, TestEnv } from '@navet/testing';

const REGISTER = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { user { organization { id organizationNumber countryCode } } }
}`;

const unique = () => randomBytes(4).toString('hex');
const registration = (over: Record<string, unknown> = {}) => ({
  organizationName: `Bolag ${unique()}`,
  kind: 'SUPPLIER',
  userName: 'Test Person',
  email: `org-${unique()}@example.test`,
  password: 'correct-horse-battery',
  ...over,
});

/** A fresh, valid Swedish organisationsnummer as 10 digits (5569 + 5 random digits + the Luhn digit). */
function swedishNumber(): string {
  const body = `5569${String(randomBytes(3).readUIntBE(0, 3) % 100000).padStart(5, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

describe('identity: organization numbers (e2e)', () => {
  let env: TestEnv;

  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(() => env.close());

  const counts = async () => Number((await env.ds.query(`SELECT count(*) AS n FROM organizations`))[0].n);

  it('stores a Swedish number in one spelling, and refuses every other spelling of it with CONFLICT', async () => {
    const digits = swedishNumber();
    const hyphenated = `${digits.slice(0, 6)}-${digits.slice(6)}`;
    const r = await env.gql.ok<{ registerOrganization: { user: { organization: { organizationNumber: string } } } }>(REGISTER, {
      input: registration({ organizationNumber: digits }),
    });
    expect(r.registerOrganization.user.organization.organizationNumber).toBe(hyphenated);
    const before = await counts();
    for (const spelling of [hyphenated, digits, `16${digits}`, `SE${digits}01`, ` ${digits.slice(0, 6)} ${digits.slice(6)} `]) {
      const err = await env.gql.fails(REGISTER, { input: registration({ organizationNumber: spelling }) });
      expect({ spelling, code: err.extensions?.code }).toEqual({ spelling, code: 'CONFLICT' });
    }
    expect(await counts()).toBe(before);
  });

  it('refuses a Swedish number with a wrong check digit or length (BAD_USER_INPUT, field organizationNumber) and writes nothing', async () => {
    const digits = swedishNumber();
    const wrongCheck = `${digits.slice(0, 9)}${(Number(digits[9]) + 1) % 10}`;
    const before = await counts();
    for (const bad of [wrongCheck, digits.slice(0, 9), `17${digits}`, 'ABC-123']) {
      const err = await env.gql.fails(REGISTER, { input: registration({ organizationNumber: bad }) });
      expect({ bad, code: err.extensions?.code, field: err.extensions?.field }).toEqual({
        bad,
        code: 'BAD_USER_INPUT',
        field: 'organizationNumber',
      });
    }
    expect(await counts()).toBe(before);
  });

  it('checks foreign numbers by their country’s format', async () => {
    const norwegian = await env.gql.ok<{ registerOrganization: { user: { organization: { organizationNumber: string } } } }>(
      REGISTER,
      { input: registration({ countryCode: 'NO', organizationNumber: 'NO 923 609 016 MVA' }) },
    );
    expect(norwegian.registerOrganization.user.organization.organizationNumber).toBe('923609016');
    const err = await env.gql.fails(REGISTER, { input: registration({ countryCode: 'NO', organizationNumber: '923609017' }) });
    expect(err.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'organizationNumber' });
    // The same number in another country is another organization.
    const danish = await env.gql.ok<{ registerOrganization: { user: { organization: { organizationNumber: string } } } }>(
      REGISTER,
      {
        input: registration({ countryCode: 'DK', organizationNumber: '92360901' }),
      },
    );
    expect(danish.registerOrganization.user.organization.organizationNumber).toBe('92360901');
  });
});
