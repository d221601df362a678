import { Client } from 'pg';
import { DataSource, QueryFailedError } from 'typeorm';
import { testServices } from '@navet/config/testing';
import { freePort } from '../../../scripts/services';
import { isDatabaseConnectionError } from './connection-errors';

jest.setTimeout(30_000);

const serverUrl = () => {
  const u = new URL(testServices().postgresServerUrl);
  u.pathname = '/postgres';
  return u.toString();
};

/** The error `work` fails with (it must fail). */
async function failure(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

describe('isDatabaseConnectionError, on errors node-postgres really raises', () => {
  it('is true when nothing listens (PostgreSQL down)', async () => {
    const url = new URL(serverUrl());
    url.port = String(await freePort());
    const client = new Client({ connectionString: url.toString() });
    expect(isDatabaseConnectionError(await failure(() => client.connect()))).toBe(true);
  });

  it('is true for a connection the server terminates (a restart), also wrapped by TypeORM', async () => {
    const victim = new Client({ connectionString: serverUrl() });
    const admin = new Client({ connectionString: serverUrl() });
    victim.on('error', () => undefined);
    await Promise.all([victim.connect(), admin.connect()]);
    try {
      const { rows } = await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const running = failure(() => victim.query('SELECT pg_sleep(20)'));
      // Terminated from outside, as a fast shutdown does: SQLSTATE 57P01.
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      const e = await running;
      expect(isDatabaseConnectionError(e)).toBe(true);
      expect(isDatabaseConnectionError(new QueryFailedError('SELECT 1', [], e as Error))).toBe(true);
      // The client is unusable afterwards, and says so.
      expect(isDatabaseConnectionError(await failure(() => victim.query('SELECT 1')))).toBe(true);
    } finally {
      await Promise.all([victim.end().catch(() => undefined), admin.end()]);
    }
  });

  it("is true for TypeORM's refusal of a transaction whose connection ended", async () => {
    const ds = new DataSource({ type: 'postgres', url: serverUrl() });
    await ds.initialize();
    try {
      const runner = ds.createQueryRunner();
      await runner.connect();
      await runner.release();
      const e = await failure(() => runner.query('SELECT 1'));
      expect((e as Error).name).toBe('QueryRunnerAlreadyReleasedError');
      expect(isDatabaseConnectionError(e)).toBe(true);
    } finally {
      await ds.destroy();
    }
  });

  it('is false for errors of the query itself', async () => {
    const client = new Client({ connectionString: serverUrl() });
    await client.connect();
    try {
      const syntax = await failure(() => client.query('SELEC 1'));
      const division = await failure(() => client.query('SELECT 1/0'));
      expect(isDatabaseConnectionError(syntax)).toBe(false);
      expect(isDatabaseConnectionError(new QueryFailedError('SELECT 1/0', [], division as Error))).toBe(false);
      expect(isDatabaseConnectionError(new Error('duplicate key value violates unique constraint'))).toBe(false);
    } finally {
      await client.end();
    }
  });
});
