import { randomBytes, randomUUID } from 'node:crypto';
import { CapturedMail, createTestEnv, login, MailCapture, register, Session, TestEnv } from '@navet/testing';

const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword) { accessToken user { id email } }
}`;
const ME = `query { me { id } }`;

interface ResetView {
  resetPassword: { accessToken: string; user: { id: string; email: string } };
}

/** Each request comes from its own client address (TRUST_PROXY=loopback believes the test's X-Forwarded-For). */
let lastIp = 0;
const newIp = () => `198.51.100.${++lastIp}`;

describe('identity: password reset by e-mail (e2e)', () => {
  const mail = new MailCapture();
  let env: TestEnv;

  beforeAll(async () => {
    env = await createTestEnv({ SMTP_URL: await mail.start(), TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await env?.close();
    await mail.stop();
  });

  const ask = (email: string, ip: string) =>
    env.gql.request<{ requestPasswordReset: boolean }>(REQUEST, { email }, undefined, { 'x-forwarded-for': ip });
  const reset = (token: string, newPassword: string) => env.gql.request<ResetView>(RESET, { token, newPassword });
  const mailsTo = (address: string): CapturedMail[] => mail.mails.filter((m) => m.to.includes(address));
  const me = async (token: string) => {
    const r = await env.gql.request<{ me: { id: string } | null }>(ME, {}, token);
    return r.errors?.length ? r.errors[0]!.extensions?.code : r.data?.me?.id;
  };
  /** The token in the one reset link mailed to the address, checked to point at the web app's reset screen. */
  const mailedToken = (address: string, index = 0): string => {
    const m = mailsTo(address)[index];
    const link = /(\S+\/reset-password\?token=)([^\s"<]+)/.exec(m?.text ?? '');
    expect(link?.[1]).toBe(`${env.config.app.publicUrl}/reset-password?token=`);
    return decodeURIComponent(link![2]!);
  };

  it('mails a link whose token resets the password once, revoking every earlier token', async () => {
    const user = await register(env, 'PUBLIC_BUYER');
    const other = await login(env, user.email, user.password);
    expect((await ask(user.email.toUpperCase(), newIp())).data).toEqual({ requestPasswordReset: true });
    await env.drain();
    expect(mailsTo(user.email)).toHaveLength(1);
    const token = mailedToken(user.email);
    // The e-mail is transactional: no unsubscribe header.
    expect(mailsTo(user.email)[0]!.headers).not.toMatch(/List-Unsubscribe/i);
    // Outbox rows and deliveries carry ids only: neither the link's MAC nor the address is stored or queued.
    const stored = JSON.stringify(await env.ds.query(`SELECT payload FROM outbox UNION ALL SELECT payload FROM deliveries`));
    expect(stored).toContain(token.split('.')[0]);
    expect(stored).not.toContain(token.split('.')[1]);
    expect(stored).not.toContain(user.email);

    const r = await reset(token, 'a-fresh-password-1');
    expect(r.errors).toBeUndefined();
    expect(r.data!.resetPassword.user).toEqual({ id: user.userId, email: user.email });
    expect(await me(r.data!.resetPassword.accessToken)).toBe(user.userId);
    expect([await me(user.token), await me(other.token)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    await expect(login(env, user.email, user.password)).rejects.toThrow(/UNAUTHENTICATED/);
    expect((await login(env, user.email, 'a-fresh-password-1')).userId).toBe(user.userId);

    const again = await reset(token, 'a-fresh-password-2');
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(again.data?.resetPassword ?? null).toBeNull();
  });

  it('answers an unknown address exactly like a known one, and mails nothing', async () => {
    const user = await register(env, 'SUPPLIER');
    const ghost = `ghost-${randomBytes(4).toString('hex')}@example.test`;
    const known = await ask(user.email, newIp());
    const unknown = await ask(ghost, newIp());
    expect({ data: unknown.data, errors: unknown.errors, status: unknown.status }).toEqual({
      data: known.data,
      errors: known.errors,
      status: known.status,
    });
    await env.drain();
    expect(mailsTo(ghost)).toHaveLength(0);
    expect(mailsTo(user.email)).toHaveLength(1);
  });

  it('refuses an expired link (token field), and every older link once one was used', async () => {
    const user = await register(env, 'SUPPLIER');
    const ip = newIp();
    await ask(user.email, ip);
    await ask(user.email, ip);
    await env.drain();
    const [first, second] = [mailedToken(user.email, 0), mailedToken(user.email, 1)];
    // Thirty minutes later, as far as the database is concerned (the rule itself is unit-tested with `now`).
    const [, count] = (await env.ds.query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      first.split('.')[0],
    ])) as [unknown, number];
    expect(count).toBe(1);
    expect((await reset(first, 'a-fresh-password-3')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
    });
    expect((await reset(second, 'a-fresh-password-3')).errors).toBeUndefined();
  });

  it('refuses forged tokens and a too short new password, leaving the link usable', async () => {
    const user = await register(env, 'PUBLIC_BUYER');
    await ask(user.email, newIp());
    await env.drain();
    const token = mailedToken(user.email);
    const [id, mac] = token.split('.') as [string, string];
    for (const forged of ['nonsense', `${id}.${mac.split('').reverse().join('')}`, `${id}.`, `${randomUUID()}.${mac}`]) {
      expect((await reset(forged, 'a-fresh-password-4')).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'token',
      });
    }
    expect((await reset(token, 'short')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(await me(user.token)).toBe(user.userId);
    expect((await reset(token, 'a-fresh-password-4')).errors).toBeUndefined();
  });

  it('mails one address at most 3 times an hour, answering true every time', async () => {
    const user: Session = await register(env, 'SUPPLIER');
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await ask(user.email, newIp())).data?.requestPasswordReset);
    expect(answers).toEqual([true, true, true, true, true]);
    await env.drain();
    expect(mailsTo(user.email)).toHaveLength(3);
  });

  it('limits one client address to 20 requests an hour (RATE_LIMITED), other clients unaffected', async () => {
    const ip = '203.0.113.7';
    const codes = [];
    for (let i = 0; i < 21; i++) {
      const r = await ask(`nobody-${i}@example.test`, ip);
      codes.push(r.errors?.[0]?.extensions?.code ?? 'OK');
    }
    expect(codes.slice(0, 20).every((c) => c === 'OK')).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED');
    expect((await ask('nobody-else@example.test', '203.0.113.8')).data).toEqual({ requestPasswordReset: true });
  });
});
