import { Module } from '@nestjs/common';
import { WebhookUrlPolicy } from './delivery/webhook-url.policy';
import { NotificationsService } from './services/notifications.service';
import { SavedSearchService } from './services/saved-search.service';

/**
 * For the API: notifications, preferences, webhook settings and saved searches. Needs the global
 * ConfigModule and ReferenceModule and a TypeORM DataSource; it never enqueues or sends.
 */
@Module({
  providers: [NotificationsService, SavedSearchService, WebhookUrlPolicy],
  exports: [NotificationsService, SavedSearchService],
})
export class NotificationsModule {}
