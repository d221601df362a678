import {
  createAdmin,
  createTestEnv,
  login,
  MailCapture,
  register,
  sampleNeed,
  sampleProfile,
  Session,
  TestEnv,
  verifiedBuyer,
} from '@navet/testing';
import { CREATE_NEED, PUBLISH, UPSERT_PROFILE } from '../matching/match-graphql';

const EMAIL_ON = `{ notificationPreferences { email } }`;

/** The unsubscribe link of a real notification e-mail: GET and HEAD only ask, POST (and RFC 8058 one-click) acts. */
describe('unsubscribe link (e2e)', () => {
  const mail = new MailCapture();
  let env: TestEnv;
  let base: string;
  let supplier: Session;
  let link: URL;

  beforeAll(async () => {
    const smtpUrl = await mail.start();
    env = await createTestEnv({ SMTP_URL: smtpUrl });
    base = env.url.replace('/graphql', '');
    const creds = await createAdmin(env);
    const admin = await login(env, creds.email, creds.password);
    const buyer = await verifiedBuyer(env, admin, 'Avregistreringskommunen');
    supplier = await register(env, 'SUPPLIER', 'Avregistreringsbolaget AB');
    await env.gql.ok(UPSERT_PROFILE, { input: sampleProfile() }, supplier.token);
    await env.drain();
    const needId = (
      await env.gql.ok<{ createNeed: { id: string } }>(
        CREATE_NEED,
        { input: sampleNeed({ title: 'Laddplatser i hamnen' }) },
        buyer.token,
      )
    ).createNeed.id;
    await env.gql.ok(PUBLISH, { id: needId }, buyer.token);
    await env.drain();
    const notice = mail.mails.find((m) => m.to.includes(supplier.email) && m.text.includes('Laddplatser i hamnen'));
    const header = /^List-Unsubscribe: <([^>]+)>$/m.exec(notice?.headers ?? '');
    expect(header).not.toBeNull();
    link = new URL(header![1]!);
  });
  afterAll(async () => {
    await env?.close();
    await mail.stop();
  });

  // The mail's link is built from NAVET_PUBLIC_URL; the test server listens elsewhere.
  const at = (search = link.search) => `${base}${link.pathname}${search}`;
  const emailOn = async () =>
    (await env.gql.ok<{ notificationPreferences: { email: boolean } }>(EMAIL_ON, {}, supplier.token)).notificationPreferences
      .email;
  const oneClick = (url: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });

  it('announces RFC 8058 one-click unsubscribe in the e-mail headers', () => {
    const notice = mail.mails.find((m) => m.to.includes(supplier.email) && m.text.includes('Laddplatser i hamnen'))!;
    expect(notice.headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(link.pathname).toBe('/notifications/unsubscribe');
    expect(notice.text).toContain(link.href);
  });

  it('shows a confirmation page with a POST form on GET and HEAD, and unsubscribes nobody', async () => {
    const get = await fetch(at());
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(get.headers.get('cache-control')).toBe('no-store');
    expect(get.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await get.text();
    expect(html).toContain('<form method="post" action="' + link.search + '">');
    expect(html).toContain('name="List-Unsubscribe" value="One-Click"');
    const head = await fetch(at(), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(await emailOn()).toBe(true);
  });

  it('answers an unknown or malformed token with an error page and changes nothing', async () => {
    for (const search of ['?token=' + '0'.repeat(64), '?token=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '', '?token=a&token=b']) {
      for (const res of [await fetch(at(search)), await oneClick(at(search))]) {
        expect(res.status).toBe(400);
        const html = await res.text();
        expect(html).toContain('The link is invalid or has expired. Nothing was changed.');
        expect(html).not.toContain('<script>');
      }
    }
    expect(await emailOn()).toBe(true);
  });

  it('unsubscribes on the one-click POST to the same link, and stays unsubscribed when it is repeated', async () => {
    const res = await oneClick(at());
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('You will no longer receive e-mail from Navet.');
    expect(await emailOn()).toBe(false);
    expect((await oneClick(at())).status).toBe(200);
    expect(await emailOn()).toBe(false);
  });
});
