import type { MatchEventContext } from './match-event-plan';
import type { NotificationDraft } from './notification';
import { NotificationText, TextLanguage, textLanguageOf } from './notification-texts';

/** A declined match, loaded fresh by id. */
export interface MatchDeclinedContext extends MatchEventContext {
  declinedBy: 'BUYER' | 'SUPPLIER';
  /** The decliner's own words, if it gave any: quoted in-app and by e-mail, never in webhooks. */
  reason: string | null;
  /** Whether the side that did not decline had acted on the match (interest or invitation). */
  otherSideActed: boolean;
}

export const matchDeclinedEventKey = (matchId: string): string => `MATCH_DECLINED:${matchId}`;

export function matchDeclinedText(
  lang: TextLanguage,
  m: { needTitle: string; counterpartName: string; reason: string | null },
): NotificationText {
  const need = `"${m.needTitle}"`;
  const reason = m.reason?.trim();
  if (lang === 'en') {
    return {
      title: `Declined: ${need}`,
      body: `${m.counterpartName} declined the match on the need ${need}.${reason ? `\n\nReason given: "${reason}"` : ''}`,
    };
  }
  return {
    title: `Avböjd: ${need}`,
    body: `${m.counterpartName} har avböjt matchningen för behovet ${need}.${reason ? `\n\nAngiven anledning: "${reason}"` : ''}`,
  };
}

/**
 * The side that did not decline hears of it, when it had acted on the match (shown interest or
 * invited): a "no" to a suggestion nobody had taken up yet tells nobody, or a buyer would hear of
 * every suggestion a supplier dismisses. The reason is quoted only when the decliner gave one.
 */
export function planMatchDeclined(ctx: MatchDeclinedContext): NotificationDraft[] {
  if (!ctx.otherSideActed) return [];
  const told = ctx.declinedBy === 'BUYER' ? ctx.supplier : ctx.buyer;
  const decliner = ctx.declinedBy === 'BUYER' ? ctx.buyer : ctx.supplier;
  return told.users.map((u): NotificationDraft => {
    const text = matchDeclinedText(textLanguageOf(u.preferredLanguage, ctx.needLanguage), {
      needTitle: ctx.needTitle,
      counterpartName: decliner.name,
      reason: ctx.reason,
    });
    return {
      userId: u.userId,
      organizationId: told.organizationId,
      type: 'MATCH_DECLINED',
      title: text.title,
      body: text.body,
      needId: ctx.needId,
      matchId: ctx.matchId,
      eventKey: matchDeclinedEventKey(ctx.matchId),
      capped: false,
      deliver: true,
      webhookData: { needTitle: ctx.needTitle, counterpartName: decliner.name, reasonGiven: ctx.reason !== null },
    };
  });
}
