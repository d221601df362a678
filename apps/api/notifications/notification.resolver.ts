import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Notification,
  NotificationPreferences,
  NotificationsService,
  SavedSearch,
  SavedSearchService,
} from '@navet/notifications';
import type { GqlContext } from '../graphql/graphql-context';
import {
  NotificationModel,
  NotificationPreferencesInput,
  NotificationPreferencesModel,
  SavedSearchModel,
  SaveSearchInput,
} from './notification.models';

@Resolver()
export class NotificationResolver {
  constructor(
    private readonly inbox: NotificationsService,
    private readonly searches: SavedSearchService,
  ) {}

  @Query(() => [NotificationModel])
  notifications(
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Context() ctx: GqlContext,
  ): Promise<Notification[]> {
    return this.inbox.list(ctx.actor, unreadOnly, first);
  }

  @Mutation(() => Int)
  markNotificationsRead(@Args('ids', { type: () => [ID] }) ids: string[], @Context() ctx: GqlContext): Promise<number> {
    return this.inbox.markRead(ctx.actor, ids);
  }

  @Query(() => NotificationPreferencesModel)
  notificationPreferences(@Context() ctx: GqlContext): Promise<NotificationPreferences> {
    return this.inbox.preferences(ctx.actor);
  }

  @Mutation(() => NotificationPreferencesModel)
  updateNotificationPreferences(
    @Args('input') input: NotificationPreferencesInput,
    @Context() ctx: GqlContext,
  ): Promise<NotificationPreferences> {
    return this.inbox.updatePreferences(ctx.actor, input);
  }

  @Mutation(() => String, { description: 'Returns the new secret once; webhooks are signed with HMAC-SHA256 of the body.' })
  rotateWebhookSecret(@Context() ctx: GqlContext): Promise<string> {
    return this.inbox.rotateWebhookSecret(ctx.actor);
  }

  @Query(() => [SavedSearchModel])
  savedSearches(@Context() ctx: GqlContext): Promise<SavedSearch[]> {
    return this.searches.list(ctx.actor);
  }

  @Mutation(() => SavedSearchModel)
  saveSearch(@Args('input') input: SaveSearchInput, @Context() ctx: GqlContext): Promise<SavedSearch> {
    return this.searches.save(ctx.actor, input);
  }

  @Mutation(() => Boolean)
  deleteSavedSearch(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.searches.delete(ctx.actor, id);
  }
}
