import { DIGEST_MAX_ITEMS, digestEmail, notificationEmail, unsubscribeUrl } from './email-content';

const links = {
  appUrl: 'https://navet.example',
  unsubscribeUrl: unsubscribeUrl('https://navet.example/', 'abc123'),
};

describe('e-mail content', () => {
  it('builds the unsubscribe link from the public URL', () => {
    expect(links.unsubscribeUrl).toBe('https://navet.example/notifications/unsubscribe?token=abc123');
  });

  it('has the title as subject, text and HTML bodies and the unsubscribe link in both', () => {
    const mail = notificationEmail('sv', { title: 'Nytt behov', body: 'Behovet "Bussar" <matchar>' }, links);
    expect(mail.subject).toBe('Nytt behov');
    expect(mail.text).toContain('Behovet "Bussar" <matchar>');
    expect(mail.text).toContain(links.unsubscribeUrl);
    expect(mail.text).toContain('Avsluta e-postaviseringar');
    expect(mail.html).toContain('Behovet &quot;Bussar&quot; &lt;matchar&gt;');
    expect(mail.html).toContain(`href="${links.unsubscribeUrl}"`);
  });

  it('writes English footers for English users', () => {
    expect(notificationEmail('en', { title: 'T', body: 'B' }, links).text).toContain('Unsubscribe from e-mail notifications');
  });

  it('lists digest items and counts the ones beyond the limit', () => {
    const items = Array.from({ length: DIGEST_MAX_ITEMS + 3 }, (_, i) => ({
      title: `Match ${i}`,
      body: `Body ${i}`,
    }));
    const mail = digestEmail('en', items, links);
    expect(mail.subject).toBe(`Your Navet digest: ${items.length} new matches`);
    expect(mail.text).toContain('Match 0');
    expect(mail.text).not.toContain(`Match ${DIGEST_MAX_ITEMS}`);
    expect(mail.text).toContain('… and 3 more in Navet.');
    expect(mail.html.match(/<li>/g)).toHaveLength(DIGEST_MAX_ITEMS);
  });
});
