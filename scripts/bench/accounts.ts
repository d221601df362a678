import { randomBytes } from 'node:crypto';
import { gql, KeepAliveClient } from './http-client';

export interface Account {
  token: string;
  organizationId: string;
}

const REGISTER = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { accessToken user { organization { id } } }
}`;

export async function login(client: KeepAliveClient, email: string, password: string): Promise<string> {
  const d = await gql<{ login: { accessToken: string } }>(
    client,
    `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`,
    { i: { email, password } },
  );
  return d.login.accessToken;
}

export async function register(client: KeepAliveClient, kind: 'PUBLIC_BUYER' | 'SUPPLIER', name: string): Promise<Account> {
  const tag = randomBytes(4).toString('hex');
  const d = await gql<{ registerOrganization: { accessToken: string; user: { organization: { id: string } } } }>(
    client,
    REGISTER,
    {
      input: {
        organizationName: name,
        kind,
        userName: 'Bench Person',
        email: `bench-${kind.toLowerCase()}-${tag}@navet.test`,
        password: `bench-password-${tag}`,
      },
    },
  );
  return { token: d.registerOrganization.accessToken, organizationId: d.registerOrganization.user.organization.id };
}

/** A buyer whose organization the admin has verified, so it may publish. */
export async function verifiedBuyer(client: KeepAliveClient, adminToken: string): Promise<Account> {
  const buyer = await register(client, 'PUBLIC_BUYER', 'Bänkens kommun');
  await gql(client, `mutation($id: ID!) { verifyOrganization(id: $id) { id } }`, { id: buyer.organizationId }, adminToken);
  return buyer;
}
