import { hostname } from 'node:os';
import { DomainError } from '@navet/core';
import { Actor } from '@navet/identity';
import { WebhookSender } from '../delivery/webhook-sender.service';
import { WebhookUrlPolicy } from '../delivery/webhook-url.policy';
import { PlanMatchEventHandler } from '../jobs/plan-match-event.handler';
import { insertMatch, insertNeed, insertOrganization, insertSupplierProfile, insertUser, WebhookReceiver } from '@navet/testing';
import { NotificationsTestEnv, startNotificationsTestEnv } from '../test-support/notifications-test-env';
import { NotificationsService } from './notifications.service';
import { MAX_SAVED_SEARCHES_PER_USER, SavedSearchService } from './saved-search.service';

// Creating and migrating a database takes longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

const receiver = new WebhookReceiver();
let env: NotificationsTestEnv;
let service: NotificationsService;
let saved: SavedSearchService;
let eva: Actor;
let olle: Actor;

const failure = async (p: Promise<unknown>): Promise<[string, string | undefined]> => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(e)}`);
  return [e.code, e.field];
};

beforeAll(async () => {
  await receiver.start();
  env = await startNotificationsTestEnv({});
  service = env.app.get(NotificationsService);
  saved = env.app.get(SavedSearchService);
  const buyer = await insertOrganization(env.ds, { name: 'Malmö stad', kind: 'PUBLIC_BUYER' });
  const org = await insertOrganization(env.ds, { name: 'Solkraft AB', kind: 'SUPPLIER' });
  eva = {
    userId: await insertUser(env.ds, org, { email: 'eva@solkraft.se' }),
    organizationId: org,
    role: 'SUPPLIER',
  };
  olle = {
    userId: await insertUser(env.ds, org, { email: 'olle@solkraft.se', language: 'en' }),
    organizationId: org,
    role: 'SUPPLIER',
  };
  const supplier = await insertSupplierProfile(env.ds, org);
  for (const title of ['Solceller på skolor', 'Batterilager']) {
    await env.app.get(PlanMatchEventHandler).handle({
      matchId: await insertMatch(env.ds, await insertNeed(env.ds, buyer, { title }), supplier),
      event: 'match.suggested',
    });
  }
});

afterAll(async () => {
  await env?.close();
  await receiver.stop();
});

describe('in-app notifications', () => {
  it('lists the caller own notifications, newest first, and marks only their own as read', async () => {
    const mine = await service.list(eva, false, 50);
    expect(mine.map((n) => n.title)).toEqual(['Nytt matchande behov: Batterilager', 'Nytt matchande behov: Solceller på skolor']);
    const olles = await service.list(olle, false, 50);
    expect(await service.markRead(eva, [mine[0].id, olles[0].id, 'not-an-id'])).toBe(1);
    expect(await service.markRead(eva, [mine[0].id])).toBe(0);
    expect((await service.list(eva, true, 50)).map((n) => n.id)).toEqual([mine[1].id]);
    expect(await service.list(olle, true, 50)).toHaveLength(2);
  });

  it('bounds the page size and requires a signed-in user', async () => {
    expect(await failure(service.list(eva, false, 201))).toEqual(['BAD_USER_INPUT', 'first']);
    expect(await failure(service.list(null, false, 10))).toEqual(['UNAUTHENTICATED', undefined]);
  });
});

describe('preferences and the organization webhook', () => {
  it('starts with e-mail on and a cap of 10, and keeps changes per user', async () => {
    expect(await service.preferences(eva)).toEqual({
      email: true,
      webhookUrl: null,
      dailyMatchCap: 10,
    });
    expect(await service.updatePreferences(eva, { email: false, dailyMatchCap: 0 })).toEqual({
      email: false,
      webhookUrl: null,
      dailyMatchCap: 0,
    });
    expect((await service.preferences(olle)).email).toBe(true);
  });

  it('refuses caps outside 0..100 and URLs that are not http(s)', async () => {
    expect(await failure(service.updatePreferences(eva, { dailyMatchCap: 101 }))).toEqual(['BAD_USER_INPUT', 'dailyMatchCap']);
    expect(await failure(service.updatePreferences(eva, { webhookUrl: 'ftp://example.com/x' }))).toEqual([
      'BAD_USER_INPUT',
      'webhookUrl',
    ]);
    expect(
      await failure(
        service.updatePreferences(eva, {
          webhookUrl: 'http://no-such-host.invalid/',
        }),
      ),
    ).toEqual(['BAD_USER_INPUT', 'webhookUrl']);
  });

  it('shares the webhook URL across the organization and clears it with an empty string', async () => {
    const url = `http://127.0.0.1:${receiver.port}/in`;
    await service.updatePreferences(eva, { webhookUrl: url });
    expect((await service.preferences(olle)).webhookUrl).toBe(url);
    await service.updatePreferences(olle, { webhookUrl: '' });
    expect((await service.preferences(eva)).webhookUrl).toBeNull();
  });

  it('rotates the signing secret and returns it once', async () => {
    const a = await service.rotateWebhookSecret(eva);
    const b = await service.rotateWebhookSecret(olle);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).not.toBe(a);
    const [row]: { secret: string }[] = await env.ds.query(
      `SELECT secret FROM organization_webhooks WHERE organization_id = $1`,
      [eva.organizationId],
    );
    expect(row.secret).toBe(b);
  });
});

describe('webhook targets when private addresses are not allowed', () => {
  const strict = {
    notifications: {
      ...({} as NotificationsTestEnv['config']['notifications']),
      webhookAllowPrivate: false,
      webhookAllowHttp: true,
      webhookTimeoutMs: 2000,
    },
  };

  it('refuses loopback and private hosts when saving', async () => {
    const policy = new WebhookUrlPolicy(strict as never);
    for (const url of [`http://127.0.0.1:${receiver.port}/`, 'http://[::ffff:10.0.0.1]/', 'http://localhost/']) {
      expect(await failure(policy.validateForSave(url))).toEqual(['BAD_USER_INPUT', 'webhookUrl']);
    }
  });

  it('refuses at send time a name that resolves to loopback, and nothing reaches the receiver', async () => {
    const policy = new WebhookUrlPolicy(strict as never);
    const sender = new WebhookSender(strict as never, policy);
    const before = receiver.received.length;
    // The machine's own name passes the name check; only its DNS answer (a loopback or private
    // address) reveals it, as with DNS rebinding.
    await expect(
      sender.post(`http://${hostname()}:${receiver.port}/`, '{}', {
        'Content-Type': 'application/json',
      }),
    ).rejects.toThrow(/private, loopback/);
    expect(receiver.received.length).toBe(before);
  });

  it('checks the DNS answer itself, whatever the name', async () => {
    const policy = new WebhookUrlPolicy(strict as never);
    const error = await new Promise<Error | null>((resolve) => policy.lookup('localhost', {}, (err) => resolve(err)));
    expect(error?.message).toMatch(/resolves to a private, loopback or link-local address/);
  });
});

describe('saved searches', () => {
  it('saves validated searches, lists the caller own and deletes only their own', async () => {
    const s = await saved.save(eva, {
      name: '  Solenergi ',
      query: 'solceller',
      cpvPrefixes: ['0931'],
      regionCodes: ['se22'],
      focusAreas: ['ENERGY'],
    });
    expect(s).toMatchObject({
      name: 'Solenergi',
      query: 'solceller',
      cpvPrefixes: ['0931'],
      regionCodes: ['SE22'],
      focusAreas: ['ENERGY'],
    });
    expect((await saved.list(eva)).map((x) => x.id)).toEqual([s.id]);
    expect(await saved.list(olle)).toEqual([]);
    expect(await failure(saved.delete(olle, s.id))).toEqual(['NOT_FOUND', undefined]);
    expect(await saved.delete(eva, s.id)).toBe(true);
    expect(await saved.list(eva)).toEqual([]);
  });

  it('refuses bad input field by field', async () => {
    expect(await failure(saved.save(eva, { name: '' }))).toEqual(['BAD_USER_INPUT', 'name']);
    expect(await failure(saved.save(eva, { name: 'x', query: 'q'.repeat(201) }))).toEqual(['BAD_USER_INPUT', 'query']);
    expect(await failure(saved.save(eva, { name: 'x', cpvPrefixes: ['3'] }))).toEqual(['BAD_USER_INPUT', 'cpvPrefixes']);
    expect(await failure(saved.save(eva, { name: 'x', regionCodes: ['SE999'] }))).toEqual(['BAD_USER_INPUT', 'regionCodes']);
    expect(await failure(saved.save(eva, { name: 'x', focusAreas: ['SPACE'] }))).toEqual(['BAD_USER_INPUT', 'focusAreas']);
  });

  it(`keeps at most ${MAX_SAVED_SEARCHES_PER_USER} per user`, async () => {
    for (let i = 0; i < MAX_SAVED_SEARCHES_PER_USER; i++) await saved.save(olle, { name: `Sökning ${i}` });
    expect(await failure(saved.save(olle, { name: 'En för mycket' }))).toEqual(['CONFLICT', undefined]);
  });
});
