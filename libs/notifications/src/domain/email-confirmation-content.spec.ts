import { emailConfirmationEmail } from './email-confirmation-content';

describe('emailConfirmationEmail', () => {
  const url = 'https://navet.example/confirm-email?token=abc_DEF-123';

  it('carries the link in both parts, in the reader’s language', () => {
    const sv = emailConfirmationEmail('sv', url);
    expect(sv.subject).toMatch(/Bekräfta/);
    expect(sv.text).toContain(url);
    expect(sv.html).toContain(`href="${url}"`);
    expect(emailConfirmationEmail('en', url).subject).toMatch(/Confirm/);
  });

  it('escapes the link in HTML', () => {
    const html = emailConfirmationEmail('en', 'https://x.example/confirm-email?token=a"b<c').html;
    expect(html).toContain('token=a&quot;b&lt;c');
    expect(html).not.toContain('a"b<c');
  });
});
