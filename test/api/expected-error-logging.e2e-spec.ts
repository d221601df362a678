import { readFileSync } from 'node:fs';
import {
  AppProcess,
  AppProcesses,
  appProcesses,
  GraphQLClient,
  isolatedServices,
  IsolatedServices,
  register,
} from '@navet/testing';
import { waitUntil } from '../../scripts/services';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const CREATE = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`;

interface LogLine {
  level: number;
  msg?: string;
  code?: string;
  field?: string;
  err?: unknown;
  stack?: unknown;
}

/**
 * Issue 11 finding 10: expected errors (a wrong password, a validation failure) log at info/warn with
 * their code, without a stack; ERROR is kept for faults. Read from the pino output of a real API process.
 */
describe('logging of expected errors (e2e, API process)', () => {
  let services: IsolatedServices;
  let apps: AppProcesses;
  let api: AppProcess;
  let gql: GraphQLClient;

  beforeAll(async () => {
    services = await isolatedServices();
    apps = appProcesses();
    api = await apps.start('api', services.env({ LOG_LEVEL: 'info' }));
    await apps.ready(api, 90_000);
    gql = new GraphQLClient(`${api.url}/graphql`);
  }, 120_000);

  afterAll(async () => {
    await apps?.stopAll();
    await services?.close();
  }, 60_000);

  const lines = (): LogLine[] =>
    readFileSync(api.logFile, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as LogLine);
  /** Waits until the API has written the line (its log reaches the file asynchronously). */
  const logged = async (match: (l: LogLine) => boolean): Promise<LogLine> => {
    await waitUntil('log line', async () => lines().some(match), { timeoutMs: 10_000, intervalMs: 50 });
    return lines().find(match)!;
  };

  it('a wrong password logs one warning with its code and no stack, and nothing at error', async () => {
    const user = await register({ gql }, 'SUPPLIER');
    const r = await gql.request(LOGIN, { input: { email: user.email, password: 'wrong-password-123' } });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const line = await logged((l) => l.msg === 'expected error' && l.code === 'UNAUTHENTICATED');
    expect(line.level).toBe(40);
    expect(line.err).toBeUndefined();
    expect(line.stack).toBeUndefined();
    expect(JSON.stringify(line)).not.toContain(user.email);
    expect(lines().filter((l) => l.level >= 50)).toEqual([]);
  });

  it('a validation failure logs at info with its field', async () => {
    const buyer = await register({ gql }, 'PUBLIC_BUYER');
    const input = {
      title: '\u200B\u200B\u200B',
      summary: 's',
      description: 'd',
      cpvCodes: ['34144900-7'],
      regionCodes: ['SE110'],
    };
    expect((await gql.request(CREATE, { input }, buyer.token)).errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });

    const line = await logged((l) => l.msg === 'expected error' && l.code === 'BAD_USER_INPUT');
    expect(line).toMatchObject({ level: 30, field: 'title' });
    expect(JSON.stringify(line)).not.toMatch(/stack|\\n\s+at /);
    expect(lines().filter((l) => l.level >= 50)).toEqual([]);
  });
});
