import { confirmUnsubscribePage, invalidUnsubscribeLinkPage, unsubscribedPage } from './unsubscribe-page';

describe('unsubscribe pages', () => {
  it('asks with a form that POSTs the one-click field back to the same link', () => {
    const html = confirmUnsubscribePage('ab12');
    expect(html).toContain('<form method="post" action="?token=ab12">');
    expect(html).toContain('<input type="hidden" name="List-Unsubscribe" value="One-Click">');
    expect(html).toContain('<button type="submit">');
  });

  it('escapes the token in the form action', () => {
    const html = confirmUnsubscribePage('"><script>alert(1)</script>&x=\'');
    expect(html).not.toContain('<script>');
    expect(html).toContain('action="?token=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E%26x%3D&#39;"');
  });

  it('tells the user what happened, in Swedish and English', () => {
    expect(unsubscribedPage()).toContain('Du får inte längre e-post från Navet.');
    expect(unsubscribedPage()).toContain('You will no longer receive e-mail from Navet.');
    expect(invalidUnsubscribeLinkPage()).toContain('Ingenting har ändrats.');
    expect(invalidUnsubscribeLinkPage()).not.toContain('<form');
  });
});
