import { DataSource } from 'typeorm';
import { isolatedServices, IsolatedServices } from '@navet/testing';
import { dataSourceOptions, runMigrations } from '../data-source';
import { MIGRATIONS } from './index';
import { AccountAbuse1765300000000 } from './1765300000000-account-abuse';

// Creating a database and migrating take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let services: IsolatedServices;

beforeAll(async () => {
  services = await isolatedServices({ database: 'empty' });
});
afterAll(async () => {
  await services?.close();
});

/** Runs the given migrations on the test database. */
async function migrate(migrations: typeof MIGRATIONS): Promise<void> {
  const ds = new DataSource({ ...dataSourceOptions(services.databaseUrl, [], 2), migrations });
  await ds.initialize();
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
}

describe('migration 1765300000000-account-abuse', () => {
  it('rewrites stored Swedish numbers into one spelling (first holder keeps it) and counts existing users as confirmed', async () => {
    await migrate(MIGRATIONS.filter((m) => m !== AccountAbuse1765300000000));
    const ds = new DataSource(dataSourceOptions(services.databaseUrl, [], 2));
    await ds.initialize();
    try {
      const orgs: [string, string, string | null][] = [
        ['00000000-0000-4000-8000-000000000001', 'SE', '5591757082'],
        ['00000000-0000-4000-8000-000000000002', 'SE', '559175-7082'], // the same number, registered later
        ['00000000-0000-4000-8000-000000000003', 'SE', '165560360793'],
        ['00000000-0000-4000-8000-000000000004', 'SE', '559175-7083'], // wrong check digit: left alone
        ['00000000-0000-4000-8000-000000000005', 'NO', '923 609 016'], // other countries: left alone
        ['00000000-0000-4000-8000-000000000006', 'SE', null],
      ];
      for (const [i, [id, country, number]] of orgs.entries()) {
        await ds.query(
          `INSERT INTO organizations (id, name, kind, organization_number, country_code, created_at)
           VALUES ($1, $2, 'SUPPLIER', $3, $4, now() - make_interval(days => $5))`,
          [id, `Org ${i}`, number, country, 100 - i],
        );
      }
      await ds.query(
        `INSERT INTO users (id, organization_id, email, name, role, password_hash, created_at)
         VALUES ('00000000-0000-4000-8000-0000000000aa', $1, 'old@example.test', 'Old', 'SUPPLIER', 'x', '2025-01-02T03:04:05Z')`,
        [orgs[0]![0]],
      );
    } finally {
      await ds.destroy();
    }

    await migrate(MIGRATIONS);

    const check = new DataSource(dataSourceOptions(services.databaseUrl, [], 2));
    await check.initialize();
    try {
      const numbers = await check.query(`SELECT organization_number AS n FROM organizations ORDER BY id`);
      expect(numbers.map((r: { n: string | null }) => r.n)).toEqual([
        '559175-7082',
        null,
        '556036-0793',
        '559175-7083',
        '923 609 016',
        null,
      ]);
      const [user] = await check.query(`SELECT email_confirmed_at, email_confirmation_hash FROM users`);
      expect(user).toEqual({ email_confirmed_at: new Date('2025-01-02T03:04:05Z'), email_confirmation_hash: null });
    } finally {
      await check.destroy();
    }
  });
});
