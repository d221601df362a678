import { randomBytes } from 'node:crypto';
import type { TestEnv } from './test-env';

/** What the factories need: a GraphQL client (an in-process TestEnv, or API processes behind a balancer). */
type WithClient = Pick<TestEnv, 'gql'>;

export interface Session {
  token: string;
  userId: string;
  organizationId: string;
  email: string;
  password: string;
}

const REGISTER = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { accessToken user { id email organization { id } } }
}`;
const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { id verified } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id organization { id } } } }`;

const unique = () => randomBytes(4).toString('hex');

export async function login(env: WithClient, email: string, password: string): Promise<Session> {
  const d = await env.gql.ok<{ login: { accessToken: string; user: { id: string; organization: { id: string } } } }>(LOGIN, {
    input: { email, password },
  });
  return { token: d.login.accessToken, userId: d.login.user.id, organizationId: d.login.user.organization.id, email, password };
}

export async function register(env: WithClient, kind: 'PUBLIC_BUYER' | 'SUPPLIER', name?: string): Promise<Session> {
  const email = `${kind.toLowerCase()}-${unique()}@example.test`;
  const password = 'correct-horse-battery';
  const d = await env.gql.ok<{
    registerOrganization: { accessToken: string; user: { id: string; organization: { id: string } } };
  }>(REGISTER, {
    input: { organizationName: name ?? `${kind} ${unique()}`, kind, userName: 'Test Person', email, password },
  });
  const r = d.registerOrganization;
  return { token: r.accessToken, userId: r.user.id, organizationId: r.user.organization.id, email, password };
}

/** A buyer whose organization an admin has verified, so it may publish. */
export async function verifiedBuyer(env: WithClient, admin: Session, name?: string): Promise<Session> {
  const buyer = await register(env, 'PUBLIC_BUYER', name);
  await env.gql.ok(VERIFY, { id: buyer.organizationId }, admin.token);
  return buyer;
}

export const sampleNeed = (over: Record<string, unknown> = {}) => ({
  title: 'Laddning av elfordon för hemtjänsten',
  summary: 'Hemtjänstens bilar behöver laddas där personalen arbetar.',
  description: 'Vi har 120 elbilar i hemtjänsten och saknar laddning vid brukarnas bostäder och på våra baser.',
  desiredOutcomes: ['Inga uteblivna besök på grund av laddning'],
  language: 'sv',
  cpvCodes: ['34144900-7'],
  regionCodes: ['SE110'],
  focusAreas: ['TRANSPORT', 'HEALTH_AND_CARE'],
  ...over,
});

export const sampleProfile = (over: Record<string, unknown> = {}) => ({
  headline: 'Smart laddinfrastruktur för kommunala fordonsflottor',
  description: 'Vi bygger och driver laddning för elfordon, med lastbalansering och bokning.',
  offerings: ['Laddboxar', 'Lastbalansering'],
  cpvCodes: ['34144900-7', '31158100-9'],
  regionCodes: ['SE1'],
  focusAreas: ['TRANSPORT', 'ENERGY'],
  companySize: 'SMALL',
  references: [{ title: 'Laddning för hemtjänst', customer: 'Exempel kommun', year: 2024 }],
  languages: ['sv', 'en'],
  contactEmail: 'kontakt@laddbolaget.example',
  ...over,
});
