import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Match } from '@navet/matching';
import { NotificationsService } from '@navet/notifications';
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
  constructor(private readonly notifications: NotificationsService) {}

  @ResolveField(() => String, {
    description:
      "The web app's path of the screen this notification is about, for the reader's role " +
      '(e.g. /supplier/matches/<id> for a supplier, /buyer/needs/<id> for the buyer); /inbox/notifications when none fits.',
  })
  link(@Parent() n: NotificationModel, @Context() ctx: GqlContext): Promise<string> {
    return this.notifications.path(ctx.actor, n);
  }

  @ResolveField(() => MatchSuggestionModel, {
    nullable: true,
    description: 'The match this notification is about (status WITHDRAWN when re-matching dropped the suggestion); null if none.',
  })
  match(@Parent() n: NotificationModel, @Context() ctx: GqlContext): Promise<Match | null> {
    return n.matchId ? ctx.loaders.match.load(n.matchId) : Promise.resolve(null);
  }
}
