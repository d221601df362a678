import { explainComponents, type ScoreComponent, textLanguage } from '@navet/matching';
import type { MatchEventName } from '@navet/queue';
import { MatchEventKind, matchEventKey, NotificationDraft } from './notification';
import { matchText, TextLanguage, textLanguageOf } from './notification-texts';

export interface Recipient {
  userId: string;
  preferredLanguage: string;
}

export interface MatchParty {
  organizationId: string;
  name: string;
  users: readonly Recipient[];
  /**
   * The side's own words on the match (the supplier's with its interest, the buyer's with its
   * invitation): free text for the other side's in-app and e-mail notifications, never webhooks.
   */
  message: string | null;
}

/** Everything the planner needs about one match, loaded fresh by id. */
export interface MatchEventContext {
  /** True when re-matching withdrew the suggestion before its NEW_MATCH was planned: nothing to announce. */
  withdrawn?: boolean;
  matchId: string;
  needId: string;
  needTitle: string;
  /** The need's language: the matcher's stored explanation is written in it. */
  needLanguage: string;
  score: number;
  explanation: string;
  components: readonly ScoreComponent[];
  buyer: MatchParty;
  supplier: MatchParty;
}

export type MatchSide = 'buyer' | 'supplier';

/**
 * The plan job names the outbox event that announced the change; what users are told about it is
 * this lib's vocabulary. (MatchEventKind lives here, not in the job catalogue, so the queue lib
 * knows no notification kinds and imports nothing from this lib.)
 */
export function matchEventKindOf(event: MatchEventName): MatchEventKind {
  switch (event) {
    case 'match.suggested':
      return 'NEW_MATCH';
    case 'match.interest-expressed':
      return 'SUPPLIER_INTERESTED';
    case 'match.invited':
      return 'BUYER_INVITED';
    case 'match.connected':
      return 'CONNECTED';
  }
}

/**
 * Who hears about an event. A new suggestion goes to the supplier only: buyers see ranked
 * suggestions on their need and would be flooded by one message per suggestion.
 */
export function sidesFor(event: MatchEventKind): MatchSide[] {
  switch (event) {
    case 'NEW_MATCH':
    case 'BUYER_INVITED':
      return ['supplier'];
    case 'SUPPLIER_INTERESTED':
      return ['buyer'];
    case 'CONNECTED':
      return ['supplier', 'buyer'];
  }
}

/**
 * The explanation in the recipient's language: the matcher's own sentence when it is written in
 * that language, else one rebuilt from the stored components (never the other language's words).
 */
export function explanationFor(
  ctx: Pick<MatchEventContext, 'needLanguage' | 'score' | 'explanation' | 'components'>,
  lang: TextLanguage,
): string {
  return textLanguage(ctx.needLanguage) === lang ? ctx.explanation : explainComponents(ctx.score, ctx.components, lang);
}

/** One draft per user of every notified organization, all of it in the user's language. */
export function planMatchEvent(event: MatchEventKind, ctx: MatchEventContext): NotificationDraft[] {
  const eventKey = matchEventKey(event, ctx.matchId);
  return sidesFor(event).flatMap((side) => {
    const party = side === 'buyer' ? ctx.buyer : ctx.supplier;
    const counterpart = side === 'buyer' ? ctx.supplier : ctx.buyer;
    return party.users.map((u): NotificationDraft => {
      const lang = textLanguageOf(u.preferredLanguage, ctx.needLanguage);
      const text = matchText(event, lang, {
        needTitle: ctx.needTitle,
        score: ctx.score,
        explanation: explanationFor(ctx, lang),
        counterpartName: counterpart.name,
        counterpartMessage: counterpart.message,
      });
      return {
        userId: u.userId,
        organizationId: party.organizationId,
        type: event,
        title: text.title,
        body: text.body,
        needId: ctx.needId,
        matchId: ctx.matchId,
        eventKey,
        capped: event === 'NEW_MATCH',
        deliver: true,
        webhookData: {
          needTitle: ctx.needTitle,
          counterpartName: counterpart.name,
          score: event === 'NEW_MATCH' ? ctx.score : null,
        },
      };
    });
  });
}
