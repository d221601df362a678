import { Module } from '@nestjs/common';
import { RemoveAbandonedOrganizationsHandler } from './jobs/remove-abandoned-organizations.handler';
import { OrganizationRemovalService } from './services/organization-removal.service';

/** The worker registers these under JOB_HANDLERS. */
export const PRIVACY_JOB_HANDLERS = [RemoveAbandonedOrganizationsHandler] as const;

/** For the worker: removing abandoned organizations after their grace period. */
@Module({
  providers: [OrganizationRemovalService, ...PRIVACY_JOB_HANDLERS],
  exports: [OrganizationRemovalService, ...PRIVACY_JOB_HANDLERS],
})
export class PrivacyJobsModule {}
