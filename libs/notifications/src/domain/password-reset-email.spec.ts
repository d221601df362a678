import { passwordResetEmail, passwordResetUrl } from './password-reset-email';

describe('password reset e-mail', () => {
  it('links to the web app’s reset screen with the token as its only parameter', () => {
    expect(passwordResetUrl('https://navet.example/', 'abc.d-_e')).toBe('https://navet.example/reset-password?token=abc.d-_e');
    expect(passwordResetUrl('https://navet.example', 'a b')).toBe('https://navet.example/reset-password?token=a%20b');
  });

  it('carries the link in text and HTML, in the reader’s language, with no unsubscribe link', () => {
    const url = 'https://navet.example/reset-password?token=t';
    const sv = passwordResetEmail('sv', url);
    const en = passwordResetEmail('en', url);
    expect(sv.subject).toMatch(/lösenord/);
    expect(en.subject).toMatch(/password/);
    for (const m of [sv, en]) {
      expect(m.text).toContain(url);
      expect(m.html).toContain(`href="${url}"`);
      expect(`${m.text}${m.html}`).not.toMatch(/unsubscribe|avsluta/i);
    }
    expect(en.text).toMatch(/30 minutes/);
  });
});
