import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Match } from '@navet/matching';
import type { GqlContext } from '../graphql/graphql-context';
import { MatchSuggestionModel } from '../matching/match.models';
import { NotificationModel } from './notification.models';

/**
 * The match a notification is about. The caller reads only its own notifications, and each was
 * sent to it as a party of that match, so the match loads unfiltered — withdrawn included, so a
 * NEW_MATCH link whose suggestion re-matching dropped resolves and says WITHDRAWN.
 */
@Resolver(() => NotificationModel)
export class NotificationFieldsResolver {
  @ResolveField(() => MatchSuggestionModel, {
    nullable: true,
    description: 'The match this notification is about (status WITHDRAWN when re-matching dropped the suggestion); null if none.',
  })
  match(@Parent() n: NotificationModel, @Context() ctx: GqlContext): Promise<Match | null> {
    return n.matchId ? ctx.loaders.match.load(n.matchId) : Promise.resolve(null);
  }
}
