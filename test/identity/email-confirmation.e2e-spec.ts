import { createAdmin, createTestEnv, login, MailCapture, register, Session, TestEnv } from '@navet/testing';

const ME = `query { me { id emailConfirmed organization { id contactEmailConfirmed } } }`;
const CONFIRM = `mutation($token: String!) { confirmEmail(token: $token) }`;
const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { id verified contactEmailConfirmed } }`;

interface MeView {
  me: { id: string; emailConfirmed: boolean; organization: { id: string; contactEmailConfirmed: boolean | null } };
}

describe('identity: e-mail addresses confirmed by a link (e2e)', () => {
  let env: TestEnv;
  const mail = new MailCapture();
  let admin: Session;

  beforeAll(async () => {
    const smtpUrl = await mail.start();
    env = await createTestEnv({ SMTP_URL: smtpUrl, NAVET_PUBLIC_URL: 'https://navet.example' });
    const creds = await createAdmin(env);
    admin = await login(env, creds.email, creds.password);
  });
  afterAll(async () => {
    await env?.close();
    await mail.stop();
  });

  /** The token in the confirmation e-mail sent to `email` (exactly one such e-mail). */
  function tokenMailedTo(email: string): string {
    const mails = mail.accountMails.filter((m) => m.to.includes(email));
    expect(mails).toHaveLength(1);
    const link = /https:\/\/navet\.example\/confirm-email\?token=([A-Za-z0-9_-]+)/.exec(mails[0]!.text);
    expect(link).not.toBeNull();
    expect(mails[0]!.html).toContain(link![0]);
    return decodeURIComponent(link![1]!);
  }

  it('e-mails a new user a link that confirms the address once; the unconfirmed user could already do everything', async () => {
    const buyer = await register(env, 'PUBLIC_BUYER');
    const before = await env.gql.ok<MeView>(ME, {}, buyer.token);
    expect(before.me).toMatchObject({ emailConfirmed: false, organization: { contactEmailConfirmed: false } });
    // Signing in works before confirming (the contract's flows are not blocked).
    await login(env, buyer.email, buyer.password);

    await env.drain();
    const token = tokenMailedTo(buyer.email);
    // Only a hash is stored: the token itself is nowhere in the database row.
    expect(JSON.stringify(await env.ds.query(`SELECT * FROM users WHERE id = $1`, [buyer.userId]))).not.toContain(token);
    // Not in the outbox either: the event names the user only.
    expect(JSON.stringify(await env.ds.query(`SELECT payload FROM outbox WHERE event_type = 'user.registered'`))).not.toContain(
      buyer.email,
    );

    expect(await env.gql.ok(CONFIRM, { token })).toEqual({ confirmEmail: true });
    const after = await env.gql.ok<MeView>(ME, {}, buyer.token);
    expect(after.me).toMatchObject({ emailConfirmed: true, organization: { contactEmailConfirmed: true } });

    const again = await env.gql.fails(CONFIRM, { token });
    expect(again.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('refuses unknown and malformed tokens with BAD_USER_INPUT (field token) and confirms nobody', async () => {
    const supplier = await register(env, 'SUPPLIER');
    await env.drain();
    const real = tokenMailedTo(supplier.email);
    const forged = `${real.slice(0, -1)}${real.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [forged, '', 'x'.repeat(500), '../../etc/passwd']) {
      const err = await env.gql.fails(CONFIRM, { token });
      expect({ token, ext: err.extensions }).toEqual({ token, ext: { code: 'BAD_USER_INPUT', field: 'token' } });
    }
    expect((await env.gql.ok<MeView>(ME, {}, supplier.token)).me.emailConfirmed).toBe(false);
  });

  it('shows an admin whether a buyer’s address is confirmed before verifying it', async () => {
    const buyer = await register(env, 'PUBLIC_BUYER');
    const verified = await env.gql.ok<{ verifyOrganization: { contactEmailConfirmed: boolean | null } }>(
      VERIFY,
      { id: buyer.organizationId },
      admin.token,
    );
    expect(verified.verifyOrganization.contactEmailConfirmed).toBe(false);
    await env.drain();
    await env.gql.ok(CONFIRM, { token: tokenMailedTo(buyer.email) });
    const again = await env.gql.ok<{ verifyOrganization: { contactEmailConfirmed: boolean | null } }>(
      VERIFY,
      { id: buyer.organizationId },
      admin.token,
    );
    expect(again.verifyOrganization.contactEmailConfirmed).toBe(true);
    // The admin (set up by the operator) and bulk-created users count as confirmed.
    expect((await env.gql.ok<MeView>(ME, {}, admin.token)).me.emailConfirmed).toBe(true);
  });
});
