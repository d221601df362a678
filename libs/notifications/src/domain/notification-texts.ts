import type { MatchEventKind } from './notification';

export type TextLanguage = 'sv' | 'en';

/**
 * The one language of everything a recipient reads (notification, e-mail chrome, digest): the
 * user's preference (users.preferred_language, 'sv' unless the user chose otherwise), else the
 * need's language (Swedish for a Swedish or unstated need, English for any other), else Swedish.
 */
export function textLanguageOf(preferred: string | null | undefined, needLanguage?: string | null): TextLanguage {
  const p = (preferred ?? '').trim().toLowerCase();
  if (p === 'sv' || p === 'en') return p;
  if (needLanguage === undefined || needLanguage === null) return 'sv';
  const n = needLanguage.trim().toLowerCase();
  return n === '' || n === 'sv' ? 'sv' : 'en';
}

export interface NotificationText {
  title: string;
  body: string;
}

export interface MatchTextInput {
  needTitle: string;
  score: number;
  /** The matcher's sentence, already in the recipient's language (see explanationFor). */
  explanation: string;
  /** The other side: the buyer's name for supplier users, the supplier's name for buyer users. */
  counterpartName: string;
  /** The other side's message with its interest or invitation, quoted for interest, invitation and connection. */
  counterpartMessage?: string | null;
}

const percent = (score: number): number => Math.round(Math.min(1, Math.max(0, score)) * 100);
const withExplanation = (text: string, explanation: string): string =>
  explanation.trim() ? `${text} ${explanation.trim()}` : text;

/** The other side's own words, quoted after the text (the kinds where a party has spoken). */
function withMessage(event: MatchEventKind, lang: TextLanguage, m: MatchTextInput, text: NotificationText): NotificationText {
  const said = m.counterpartMessage?.trim();
  if (!said || event === 'NEW_MATCH') return text;
  const intro = lang === 'en' ? `Message from ${m.counterpartName}` : `Meddelande från ${m.counterpartName}`;
  return { ...text, body: `${text.body}\n\n${intro}: "${said}"` };
}

export function matchText(event: MatchEventKind, lang: TextLanguage, m: MatchTextInput): NotificationText {
  return withMessage(event, lang, m, baseMatchText(event, lang, m));
}

function baseMatchText(event: MatchEventKind, lang: TextLanguage, m: MatchTextInput): NotificationText {
  const need = `"${m.needTitle}"`;
  if (lang === 'en') {
    switch (event) {
      case 'NEW_MATCH':
        return {
          title: `New matching need: ${m.needTitle}`,
          body: withExplanation(
            `The need ${need} from ${m.counterpartName} matches your profile (score ${percent(m.score)}%).`,
            m.explanation,
          ),
        };
      case 'SUPPLIER_INTERESTED':
        return {
          title: `Interest in ${need}`,
          body: `${m.counterpartName} is interested in your need ${need}.`,
        };
      case 'BUYER_INVITED':
        return {
          title: `Invitation: ${need}`,
          body: `${m.counterpartName} invites you to a dialogue about the need ${need}.`,
        };
      case 'CONNECTED':
        return {
          title: `Connected: ${need}`,
          body: `You and ${m.counterpartName} are now connected on the need ${need}. Contact details are visible in Navet.`,
        };
    }
  }
  switch (event) {
    case 'NEW_MATCH':
      return {
        title: `Nytt matchande behov: ${m.needTitle}`,
        body: withExplanation(
          `Behovet ${need} från ${m.counterpartName} matchar er profil (poäng ${percent(m.score)} %).`,
          m.explanation,
        ),
      };
    case 'SUPPLIER_INTERESTED':
      return {
        title: `Intresse för ${need}`,
        body: `${m.counterpartName} är intresserad av ert behov ${need}.`,
      };
    case 'BUYER_INVITED':
      return {
        title: `Inbjudan: ${need}`,
        body: `${m.counterpartName} bjuder in er till dialog om behovet ${need}.`,
      };
    case 'CONNECTED':
      return {
        title: `Kontakt etablerad: ${need}`,
        body: `Ni och ${m.counterpartName} är nu kopplade för behovet ${need}. Kontaktuppgifterna finns i Navet.`,
      };
  }
}

export function savedSearchHitText(
  lang: TextLanguage,
  searchName: string,
  needTitle: string,
  buyerName: string,
): NotificationText {
  return lang === 'en'
    ? {
        title: `Saved search "${searchName}": ${needTitle}`,
        body: `${buyerName} published the need "${needTitle}", which matches your saved search "${searchName}".`,
      }
    : {
        title: `Bevakning "${searchName}": ${needTitle}`,
        body: `${buyerName} har publicerat behovet "${needTitle}" som matchar er bevakning "${searchName}".`,
      };
}

export function webhookDisabledText(lang: TextLanguage, failures: number): NotificationText {
  return lang === 'en'
    ? {
        title: 'Webhook disabled',
        body: `Navet stopped calling your organization's webhook after ${failures} failed deliveries in a row. Save the webhook URL again in the notification settings to turn it back on.`,
      }
    : {
        title: 'Webhook avstängd',
        body: `Navet slutade anropa er organisations webhook efter ${failures} misslyckade leveranser i rad. Spara webhook-adressen igen i aviseringsinställningarna för att slå på den.`,
      };
}
