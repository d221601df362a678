import { Module } from '@nestjs/common';
import { MatchingModule } from '@navet/matching';
import { SearchModule } from '@navet/search';
import { EmailDelivery } from './delivery/email-delivery.service';
import { MailSender } from './delivery/mail-sender.service';
import { WebhookDelivery } from './delivery/webhook-delivery.service';
import { WebhookSender } from './delivery/webhook-sender.service';
import { WebhookUrlPolicy } from './delivery/webhook-url.policy';
import { DailyDigestHandler } from './jobs/daily-digest.handler';
import { DeliverHandler } from './jobs/deliver.handler';
import { PlanClarificationHandler } from './jobs/plan-clarification.handler';
import { PlanDialogueMessageHandler } from './jobs/plan-dialogue-message.handler';
import { PlanMatchDeclinedHandler } from './jobs/plan-match-declined.handler';
import { PlanMatchEventHandler } from './jobs/plan-match-event.handler';
import { PlanQuestionAskedHandler } from './jobs/plan-question-asked.handler';
import { SavedSearchHitsHandler } from './jobs/saved-search-hits.handler';
import { PlanBuyerGroupProposalHandler } from './jobs/plan-buyer-group-proposal.handler';
import { PlanSimilarNeedsHandler } from './jobs/plan-similar-needs.handler';
import { ReleaseMatchEmailsHandler } from './jobs/release-match-emails.handler';
import { PlanPasswordResetHandler } from './jobs/plan-password-reset.handler';
import { SendEmailConfirmationHandler } from './jobs/send-email-confirmation.handler';
import { NotificationWriter } from './planning/notification.writer';
import { WebhookFailures } from './planning/webhook-failures.service';

/** The worker registers these under JOB_HANDLERS. */
export const NOTIFICATION_JOB_HANDLERS = [
  PlanMatchEventHandler,
  SavedSearchHitsHandler,
  DeliverHandler,
  DailyDigestHandler,
  PlanClarificationHandler,
  PlanQuestionAskedHandler,
  PlanMatchDeclinedHandler,
  PlanDialogueMessageHandler,
  PlanSimilarNeedsHandler,
  PlanBuyerGroupProposalHandler,
  ReleaseMatchEmailsHandler,
  PlanPasswordResetHandler,
  SendEmailConfirmationHandler,
] as const;

/**
 * For the worker: the notification job handlers and what they use. Needs the global
 * ConfigModule, ReferenceModule, QueueModule and OutboxModule (follow-up work goes through the
 * outbox) and a TypeORM DataSource.
 */
@Module({
  // MatchingModule: similar needs are found and scored by the supplier matcher's engine.
  imports: [SearchModule, MatchingModule],
  providers: [
    ...NOTIFICATION_JOB_HANDLERS,
    NotificationWriter,
    WebhookFailures,
    WebhookUrlPolicy,
    WebhookSender,
    WebhookDelivery,
    MailSender,
    EmailDelivery,
  ],
  exports: [...NOTIFICATION_JOB_HANDLERS],
})
export class NotificationsJobsModule {}
