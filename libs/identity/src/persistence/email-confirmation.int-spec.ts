import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@navet/config';
import { dataSourceOptions, inTransaction } from '@navet/database';
import { insertOrganization, insertUser, isolatedServices, IsolatedServices } from '@navet/testing';
import { ALL_ENTITIES } from '../../../../apps/entities';
import { confirmationHash } from '../domain/email-confirmation';
import { confirmEmailByToken, expireUnconfirmedAccounts, issueEmailConfirmation } from './email-confirmation.store';

// Creating a database and migrating take longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let services: IsolatedServices;
let app: INestApplicationContext;
let ds: DataSource;

beforeAll(async () => {
  services = await isolatedServices();
  const config = services.config();
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(config), TypeOrmModule.forRoot(dataSourceOptions(config.database.url, ALL_ENTITIES, 2))],
  }).compile();
  app = await moduleRef.init();
  ds = app.get(DataSource);
});
afterAll(async () => {
  await app?.close();
  await services?.close();
});

const NOW = new Date('2026-12-07T12:00:00Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

/** A user registered `days` ago, confirmed or not; fixtures write confirmed users, so this unsets it. */
async function account(o: { days: number; confirmed: boolean; organizationId?: string; role?: 'ADMIN' }) {
  const kind = o.role === 'ADMIN' ? 'PLATFORM' : 'SUPPLIER';
  const organizationId = o.organizationId ?? (await insertOrganization(ds, { kind, verified: false }));
  const userId = await insertUser(ds, organizationId, o.role ? { role: o.role } : {});
  await ds.query(
    `UPDATE users SET created_at = $2::timestamptz, email_confirmed_at = CASE WHEN $3::boolean THEN $2::timestamptz END WHERE id = $1`,
    [userId, daysBefore(o.days), o.confirmed],
  );
  return { userId, organizationId };
}
const exists = async (table: 'users' | 'organizations', id: string) =>
  (await ds.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 1;

describe('e-mail confirmation tokens', () => {
  it('issues a token whose hash alone is stored, confirms once with it, and issues nothing once confirmed', async () => {
    const { userId } = await account({ days: 0, confirmed: false });
    const first = await issueEmailConfirmation(ds, userId);
    const second = await issueEmailConfirmation(ds, userId);
    expect(second).toMatchObject({ email: `${userId}@example.test`, preferredLanguage: 'sv' });
    const [row] = await ds.query(`SELECT email_confirmation_hash AS h FROM users WHERE id = $1`, [userId]);
    expect(row.h).toBe(confirmationHash(second!.token));
    expect(JSON.stringify(await ds.query(`SELECT * FROM users WHERE id = $1`, [userId]))).not.toContain(second!.token);
    // Only the latest link works, and it works once.
    expect(await confirmEmailByToken(ds, first!.token, NOW)).toBeNull();
    expect(await confirmEmailByToken(ds, second!.token, NOW)).toBe(userId);
    expect(await confirmEmailByToken(ds, second!.token, NOW)).toBeNull();
    expect(await issueEmailConfirmation(ds, userId)).toBeNull();
  });
});

describe('expireUnconfirmedAccounts', () => {
  it('removes accounts unconfirmed past the grace period, with their organization, and nothing else', async () => {
    const expired = await account({ days: 15, confirmed: false });
    const recent = await account({ days: 13, confirmed: false });
    const confirmedOld = await account({ days: 400, confirmed: true });
    const admin = await account({ days: 400, confirmed: false, role: 'ADMIN' });
    // A colleague confirmed: the expired user goes, the organization stays.
    const colleague = await account({ days: 1, confirmed: true });
    const sharing = await account({ days: 20, confirmed: false, organizationId: colleague.organizationId });
    // Someone's data refers to this user (a notification): kept, counted.
    const referenced = await account({ days: 30, confirmed: false });
    await ds.query(
      `INSERT INTO notifications (id, user_id, type, title, body, event_key) VALUES (gen_random_uuid(), $1, 'NEW_MATCH', 't', 'b', 'k')`,
      [referenced.userId],
    );

    const outcome = await inTransaction(ds, (em) => expireUnconfirmedAccounts(em, NOW, 14));

    expect(outcome).toEqual({ deletedUsers: 2, deletedOrganizations: 1, kept: 1 });
    expect(await exists('users', expired.userId)).toBe(false);
    expect(await exists('organizations', expired.organizationId)).toBe(false);
    expect(await exists('users', sharing.userId)).toBe(false);
    expect(await exists('organizations', colleague.organizationId)).toBe(true);
    for (const kept of [recent, confirmedOld, admin, colleague, referenced])
      expect(await exists('users', kept.userId)).toBe(true);

    // Running again changes nothing more.
    expect(await inTransaction(ds, (em) => expireUnconfirmedAccounts(em, NOW, 14))).toEqual({
      deletedUsers: 0,
      deletedOrganizations: 0,
      kept: 1,
    });
  });
});
