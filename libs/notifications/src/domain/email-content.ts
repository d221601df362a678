import type { TextLanguage } from './notification-texts';

export interface EmailItem {
  title: string;
  body: string;
}

export interface EmailLinks {
  /** The screen the e-mail is about (notification-links.ts), absolute. */
  appUrl: string;
  unsubscribeUrl: string;
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

/** At most this many items are listed in one digest; the rest are counted. */
export const DIGEST_MAX_ITEMS = 50;

export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/notifications/unsubscribe?token=${encodeURIComponent(token)}`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const FOOTER: Record<TextLanguage, { open: string; why: string; unsubscribe: string }> = {
  sv: {
    open: 'Öppna Navet',
    why: 'Du får det här e-postmeddelandet eftersom du har ett konto i Navet.',
    unsubscribe: 'Avsluta e-postaviseringar',
  },
  en: {
    open: 'Open Navet',
    why: 'You receive this e-mail because you have a Navet account.',
    unsubscribe: 'Unsubscribe from e-mail notifications',
  },
};

function frame(lang: TextLanguage, subject: string, textBody: string, htmlBody: string, links: EmailLinks): EmailContent {
  const f = FOOTER[lang];
  const text = `${textBody}\n\n${f.open}: ${links.appUrl}\n\n--\n${f.why}\n${f.unsubscribe}: ${links.unsubscribeUrl}\n`;
  const html =
    `<!doctype html><html lang="${lang}"><body>${htmlBody}` +
    `<p><a href="${escapeHtml(links.appUrl)}">${escapeHtml(f.open)}</a></p>` +
    `<hr><p style="font-size:small">${escapeHtml(f.why)} <a href="${escapeHtml(links.unsubscribeUrl)}">${escapeHtml(f.unsubscribe)}</a></p>` +
    `</body></html>`;
  return { subject, text, html };
}

/** One notification as an e-mail: the title is the subject. */
export function notificationEmail(lang: TextLanguage, item: EmailItem, links: EmailLinks): EmailContent {
  return frame(
    lang,
    item.title,
    `${item.title}\n\n${item.body}`,
    `<h1>${escapeHtml(item.title)}</h1><p>${escapeHtml(item.body)}</p>`,
    links,
  );
}

/** The daily digest: every notification held back by the cap, in the given order (best match first, see orderDigest). */
export function digestEmail(lang: TextLanguage, items: readonly EmailItem[], links: EmailLinks): EmailContent {
  const shown = items.slice(0, DIGEST_MAX_ITEMS);
  const more = items.length - shown.length;
  const n = items.length;
  const subject =
    lang === 'en'
      ? `Your Navet digest: ${n} new ${n === 1 ? 'match' : 'matches'}`
      : `Din sammanfattning från Navet: ${n} ${n === 1 ? 'ny matchning' : 'nya matchningar'}`;
  const moreText = more > 0 ? (lang === 'en' ? `… and ${more} more in Navet.` : `… och ${more} till i Navet.`) : '';
  const text = [subject, '', ...shown.map((i) => `* ${i.title}\n  ${i.body}`), ...(moreText ? [moreText] : [])].join('\n');
  const html =
    `<h1>${escapeHtml(subject)}</h1><ul>` +
    shown.map((i) => `<li><strong>${escapeHtml(i.title)}</strong><br>${escapeHtml(i.body)}</li>`).join('') +
    `</ul>${moreText ? `<p>${escapeHtml(moreText)}</p>` : ''}`;
  return frame(lang, subject, text, html, links);
}
