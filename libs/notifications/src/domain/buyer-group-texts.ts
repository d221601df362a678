import type { NotificationText, TextLanguage } from './notification-texts';

export interface SimilarNeedTextInput {
  ownNeedTitle: string;
  otherNeedTitle: string;
  otherBuyerName: string;
  score: number;
}

export interface BuyerGroupTextInput {
  /** The recipient's own need in the proposal. */
  ownNeedTitle: string;
  otherNeedTitle: string;
  otherBuyerName: string;
  /** The receiver wrote nothing to show here: the proposer's message is read in Navet only. */
  hasMessage?: boolean;
}

const percent = (score: number): number => Math.round(Math.min(1, Math.max(0, score)) * 100);

export function similarNeedText(lang: TextLanguage, t: SimilarNeedTextInput): NotificationText {
  if (lang === 'en') {
    return {
      title: `Similar need: ${t.otherNeedTitle}`,
      body:
        `${t.otherBuyerName} has published the need "${t.otherNeedTitle}", similar to your need "${t.ownNeedTitle}" ` +
        `(similarity ${percent(t.score)}%). You can propose a buyer group in Navet.`,
    };
  }
  return {
    title: `Liknande behov: ${t.otherNeedTitle}`,
    body:
      `${t.otherBuyerName} har publicerat behovet "${t.otherNeedTitle}", som liknar ert behov "${t.ownNeedTitle}" ` +
      `(likhet ${percent(t.score)} %). Ni kan föreslå en beställargrupp i Navet.`,
  };
}

export function buyerGroupProposedText(lang: TextLanguage, t: BuyerGroupTextInput): NotificationText {
  if (lang === 'en') {
    return {
      title: `Buyer group proposed: ${t.ownNeedTitle}`,
      body:
        `${t.otherBuyerName} proposes a buyer group of your need "${t.ownNeedTitle}" and their need "${t.otherNeedTitle}".` +
        (t.hasMessage ? ' Read their message and answer in Navet.' : ' Answer in Navet.'),
    };
  }
  return {
    title: `Förslag om beställargrupp: ${t.ownNeedTitle}`,
    body:
      `${t.otherBuyerName} föreslår en beställargrupp av ert behov "${t.ownNeedTitle}" och deras behov "${t.otherNeedTitle}".` +
      (t.hasMessage ? ' Läs meddelandet och svara i Navet.' : ' Svara i Navet.'),
  };
}

export function buyerGroupAnsweredText(lang: TextLanguage, accepted: boolean, t: BuyerGroupTextInput): NotificationText {
  if (lang === 'en') {
    return accepted
      ? {
          title: `Buyer group formed: ${t.ownNeedTitle}`,
          body: `${t.otherBuyerName} accepted your proposal: your need "${t.ownNeedTitle}" and their need "${t.otherNeedTitle}" are now a buyer group.`,
        }
      : {
          title: `Buyer group declined: ${t.ownNeedTitle}`,
          body: `${t.otherBuyerName} declined your proposal of a buyer group with their need "${t.otherNeedTitle}".`,
        };
  }
  return accepted
    ? {
        title: `Beställargrupp bildad: ${t.ownNeedTitle}`,
        body: `${t.otherBuyerName} har accepterat ert förslag: ert behov "${t.ownNeedTitle}" och deras behov "${t.otherNeedTitle}" är nu en beställargrupp.`,
      }
    : {
        title: `Beställargrupp avböjd: ${t.ownNeedTitle}`,
        body: `${t.otherBuyerName} har avböjt ert förslag om en beställargrupp med deras behov "${t.otherNeedTitle}".`,
      };
}
