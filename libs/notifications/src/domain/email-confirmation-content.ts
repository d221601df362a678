import { EmailContent, escapeHtml } from './email-content';
import type { TextLanguage } from './notification-texts';

const TEXTS: Record<TextLanguage, { subject: string; intro: string; action: string; ignore: string }> = {
  sv: {
    subject: 'Bekräfta din e-postadress i Navet',
    intro: 'Välkommen till Navet! Bekräfta att den här adressen är din genom att öppna länken:',
    action: 'Bekräfta e-postadressen',
    ignore: 'Har du inte skapat något konto kan du bortse från meddelandet; kontot tas bort om adressen inte bekräftas.',
  },
  en: {
    subject: 'Confirm your e-mail address for Navet',
    intro: 'Welcome to Navet! Confirm that this address is yours by opening the link:',
    action: 'Confirm the e-mail address',
    ignore: 'If you did not create an account, ignore this message; the account is removed unless the address is confirmed.',
  },
};

/**
 * The confirmation e-mail. No unsubscribe footer: it is the one message a registration sends, and
 * not a notification. The link carries the token; nothing else in it names the user.
 */
export function emailConfirmationEmail(lang: TextLanguage, confirmUrl: string): EmailContent {
  const t = TEXTS[lang];
  return {
    subject: t.subject,
    text: `${t.intro}\n\n${confirmUrl}\n\n${t.ignore}\n`,
    html:
      `<!doctype html><html lang="${lang}"><body><p>${escapeHtml(t.intro)}</p>` +
      `<p><a href="${escapeHtml(confirmUrl)}">${escapeHtml(t.action)}</a></p>` +
      `<p style="font-size:small">${escapeHtml(t.ignore)}</p></body></html>`,
  };
}
