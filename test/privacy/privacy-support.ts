import { randomBytes } from 'node:crypto';
import type { Queryable } from '@navet/database';
import type { GraphQLClient, Session } from '@navet/testing';

/** GraphQL documents and helpers shared by the privacy e2e files. */
export const EXPORT = `query { exportMyData }`;
export const ERASE = `mutation($password: String!) { eraseMyAccount(password: $password) }`;
export const ME = `query { me { id email } }`;
export const SAVE_SEARCH = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id } }`;
export const VERIFY_LEDGER = `query($needId: ID!) { verifyNeedLedger(needId: $needId) }`;
const REGISTER = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { accessToken user { id organization { id } } }
}`;

export const unique = (): string => randomBytes(4).toString('hex');

/** A person whose name and e-mail are unique to this run, so any trace of them can be searched for. */
export interface Person extends Session {
  name: string;
}

export async function registerPerson(
  env: { gql: GraphQLClient },
  kind: 'PUBLIC_BUYER' | 'SUPPLIER',
  organizationName: string,
  first: string,
): Promise<Person> {
  const tag = unique();
  const name = `${first} Integritetsson ${tag}`;
  const email = `${first.toLowerCase()}-${tag}@privacy.example`;
  const password = 'correct-horse-battery';
  const d = await env.gql.ok<{
    registerOrganization: { accessToken: string; user: { id: string; organization: { id: string } } };
  }>(REGISTER, { input: { organizationName, kind, userName: name, email, password } });
  const r = d.registerOrganization;
  return { token: r.accessToken, userId: r.user.id, organizationId: r.user.organization.id, email, password, name };
}

/**
 * Every table and column of the database (tests may read any table) where `text` still occurs,
 * as `table: n rows`: the erasure's strongest check, since it cannot miss a table someone adds later.
 */
export async function tablesMentioning(db: Queryable, text: string): Promise<string[]> {
  const tables: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const hits: string[] = [];
  for (const { name } of tables) {
    const [row] = await db.query(`SELECT count(*)::int AS n FROM "${name}" t WHERE strpos(lower(t::text), lower($1)) > 0`, [
      text,
    ]);
    if (row.n > 0) hits.push(`${name}: ${row.n} rows`);
  }
  return hits;
}
