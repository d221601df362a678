import { escapeHtml } from '@navet/notifications';

/** The field RFC 8058 mail clients send; the confirmation form sends the same, so both take one path. */
export const ONE_CLICK_FIELD = 'List-Unsubscribe';
export const ONE_CLICK_VALUE = 'One-Click';

function page(title: string, body: string): string {
  return (
    `<!doctype html><html lang="sv"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(title)}</title>` +
    `<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5}` +
    `button{font:inherit;padding:.5rem 1rem}</style></head><body>${body}</body></html>`
  );
}

const p = (text: string): string => `<p>${escapeHtml(text)}</p>`;

/** What a GET of the link shows: a question and a form that POSTs back to the same link. Changes nothing. */
export function confirmUnsubscribePage(token: string): string {
  const action = `?token=${encodeURIComponent(token)}`;
  return page(
    'Avsluta e-postaviseringar / Unsubscribe from e-mail notifications',
    `<h1>${escapeHtml('Avsluta e-postaviseringar')}</h1>` +
      p('Vill du sluta få e-post från Navet? Aviseringarna i Navet finns kvar.') +
      p('Do you want to stop receiving e-mail from Navet? Your notifications in Navet stay.') +
      `<form method="post" action="${escapeHtml(action)}">` +
      `<input type="hidden" name="${escapeHtml(ONE_CLICK_FIELD)}" value="${escapeHtml(ONE_CLICK_VALUE)}">` +
      `<button type="submit">${escapeHtml('Avsluta e-post / Unsubscribe')}</button></form>`,
  );
}

export function unsubscribedPage(): string {
  return page(
    'Avslutat / Unsubscribed',
    `<h1>${escapeHtml('Avslutat / Unsubscribed')}</h1>` +
      p('Du får inte längre e-post från Navet. Du kan slå på e-post igen i dina aviseringsinställningar.') +
      p('You will no longer receive e-mail from Navet. You can turn e-mail back on in your notification settings.'),
  );
}

export function invalidUnsubscribeLinkPage(): string {
  return page(
    'Ogiltig länk / Invalid link',
    `<h1>${escapeHtml('Ogiltig länk / Invalid link')}</h1>` +
      p('Länken är ogiltig eller har gått ut. Ingenting har ändrats.') +
      p('The link is invalid or has expired. Nothing was changed.'),
  );
}
