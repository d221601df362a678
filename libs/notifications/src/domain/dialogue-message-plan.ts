import type { MatchParty } from './match-event-plan';
import type { NotificationDraft } from './notification';
import { NotificationText, TextLanguage, textLanguageOf } from './notification-texts';

/** A new dialogue message, loaded fresh by id. */
export interface DialogueMessageContext {
  messageId: string;
  dialogueId: string;
  matchId: string;
  needId: string;
  needTitle: string;
  authorSide: 'BUYER' | 'SUPPLIER';
  confidentialityRequested: boolean;
  buyer: MatchParty;
  supplier: MatchParty;
}

export const dialogueMessageEventKey = (messageId: string): string => `DIALOGUE_MESSAGE:${messageId}`;

/**
 * Says that a message arrived, not what it says: e-mail carries the notification's text, and a
 * message may hold what the supplier asked to keep confidential. The reader opens it in Navet.
 * Wording: confidentiality is "requested", never promised (a message to a public buyer is a public
 * document unless secrecy applies under the public-access law).
 */
export function dialogueMessageText(
  lang: TextLanguage,
  m: { needTitle: string; counterpartName: string; confidentialityRequested: boolean },
): NotificationText {
  const need = `"${m.needTitle}"`;
  if (lang === 'en') {
    return {
      title: `New message: ${need}`,
      body: `${m.counterpartName} sent you a message in the dialogue on the need ${need}.${
        m.confidentialityRequested ? ' The sender requested confidentiality for it.' : ''
      } Read it in Navet.`,
    };
  }
  return {
    title: `Nytt meddelande: ${need}`,
    body: `${m.counterpartName} har skickat ett meddelande i dialogen om behovet ${need}.${
      m.confidentialityRequested ? ' Avsändaren har begärt sekretess för meddelandet.' : ''
    } Läs det i Navet.`,
  };
}

/** Every user of the other side hears of the message; the webhook gets ids and the flag, no text. */
export function planDialogueMessage(ctx: DialogueMessageContext): NotificationDraft[] {
  const told = ctx.authorSide === 'BUYER' ? ctx.supplier : ctx.buyer;
  const author = ctx.authorSide === 'BUYER' ? ctx.buyer : ctx.supplier;
  return told.users.map((u): NotificationDraft => {
    const text = dialogueMessageText(textLanguageOf(u.preferredLanguage), {
      needTitle: ctx.needTitle,
      counterpartName: author.name,
      confidentialityRequested: ctx.confidentialityRequested,
    });
    return {
      userId: u.userId,
      organizationId: told.organizationId,
      type: 'DIALOGUE_MESSAGE',
      title: text.title,
      body: text.body,
      needId: ctx.needId,
      matchId: ctx.matchId,
      eventKey: dialogueMessageEventKey(ctx.messageId),
      capped: false,
      deliver: true,
      webhookData: {
        dialogueId: ctx.dialogueId,
        messageId: ctx.messageId,
        needTitle: ctx.needTitle,
        counterpartName: author.name,
        confidentialityRequested: ctx.confidentialityRequested,
      },
    };
  });
}
