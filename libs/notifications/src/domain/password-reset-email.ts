import { EmailContent, escapeHtml } from './email-content';
import { APP_PATHS, appLink } from './notification-links';
import type { TextLanguage } from './notification-texts';

/** The delivery event type of a password reset e-mail (deliveries.event_type). */
export const PASSWORD_RESET_EVENT = 'PASSWORD_RESET';

/** Where the web app serves the reset screen; the token is the only parameter. */
export function passwordResetUrl(publicUrl: string, token: string): string {
  return appLink(publicUrl, `${APP_PATHS.resetPassword}?token=${encodeURIComponent(token)}`);
}

const TEXTS: Record<TextLanguage, { subject: string; intro: string; expiry: string; ignore: string }> = {
  sv: {
    subject: 'Återställ ditt lösenord i Navet',
    intro: 'Någon (förhoppningsvis du) bad om att återställa lösenordet till ditt konto i Navet. Välj ett nytt lösenord här:',
    expiry: 'Länken fungerar en gång och i 30 minuter.',
    ignore: 'Bad du inte om det här kan du strunta i meddelandet; ditt lösenord är oförändrat.',
  },
  en: {
    subject: 'Reset your Navet password',
    intro: 'Someone (hopefully you) asked to reset the password of your Navet account. Choose a new password here:',
    expiry: 'The link works once, for 30 minutes.',
    ignore: 'If you did not ask for this, ignore this message; your password is unchanged.',
  },
};

/**
 * The reset e-mail: a transactional message, so no unsubscribe footer (a user who turned notification
 * e-mail off must still be able to reset their password).
 */
export function passwordResetEmail(lang: TextLanguage, resetUrl: string): EmailContent {
  const t = TEXTS[lang];
  const text = `${t.intro}\n\n${resetUrl}\n\n${t.expiry}\n${t.ignore}\n`;
  const html =
    `<!doctype html><html lang="${lang}"><body><p>${escapeHtml(t.intro)}</p>` +
    `<p><a href="${escapeHtml(resetUrl)}">${escapeHtml(resetUrl)}</a></p>` +
    `<p>${escapeHtml(t.expiry)}<br>${escapeHtml(t.ignore)}</p></body></html>`;
  return { subject: t.subject, text, html };
}
