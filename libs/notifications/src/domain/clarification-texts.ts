import type { NotificationText, TextLanguage } from './notification-texts';

/** The quoted question and answer are cut here; the whole clarification is on the need. */
export const CLARIFICATION_EXCERPT = 300;

const excerpt = (s: string): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= CLARIFICATION_EXCERPT ? flat : `${flat.slice(0, CLARIFICATION_EXCERPT - 1).trimEnd()}…`;
};

export interface ClarificationTextInput {
  needTitle: string;
  buyerName: string;
  /** The public question as the buyer published it (never the asker's name). */
  question: string;
  answer: string;
}

/**
 * What a supplier reads about a clarification. Every engaged supplier gets the same words; the
 * asker alone is told that it was its question, and nobody is told who asked.
 */
export function clarificationText(lang: TextLanguage, c: ClarificationTextInput, toAsker: boolean): NotificationText {
  const need = `"${c.needTitle}"`;
  const qa =
    lang === 'en'
      ? `Question: ${excerpt(c.question)} Answer: ${excerpt(c.answer)}`
      : `Fråga: ${excerpt(c.question)} Svar: ${excerpt(c.answer)}`;
  if (lang === 'en') {
    return toAsker
      ? {
          title: `Your question is answered: ${c.needTitle}`,
          body: `${c.buyerName} answered your question on the need ${need} with a clarification that every supplier in dialogue sees. ${qa}`,
        }
      : {
          title: `Clarification: ${c.needTitle}`,
          body: `${c.buyerName} published a clarification on the need ${need}, shared with every supplier in dialogue. ${qa}`,
        };
  }
  return toAsker
    ? {
        title: `Er fråga är besvarad: ${c.needTitle}`,
        body: `${c.buyerName} har besvarat er fråga om behovet ${need} med ett förtydligande som alla leverantörer i dialog ser. ${qa}`,
      }
    : {
        title: `Förtydligande: ${c.needTitle}`,
        body: `${c.buyerName} har publicerat ett förtydligande om behovet ${need} som delas med alla leverantörer i dialog. ${qa}`,
      };
}

/** The buyer learns that a question waits, not who asked (that is on the question, in Navet). */
export function questionAskedText(lang: TextLanguage, needTitle: string): NotificationText {
  return lang === 'en'
    ? {
        title: `New question: ${needTitle}`,
        body: `A supplier asked a question about your need "${needTitle}". Answer it with a clarification; every supplier in dialogue will see it.`,
      }
    : {
        title: `Ny fråga: ${needTitle}`,
        body: `En leverantör har ställt en fråga om ert behov "${needTitle}". Besvara den med ett förtydligande som alla leverantörer i dialog ser.`,
      };
}
