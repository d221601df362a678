import { Injectable } from '@nestjs/common';
import type { JobHandler } from '@navet/queue';
import { OrganizationRemovalService } from '../services/organization-removal.service';

/** The scheduled sweep (apps/worker Schedules): abandoned organizations past their grace period go. */
@Injectable()
export class RemoveAbandonedOrganizationsHandler implements JobHandler<'privacy.remove-abandoned-organizations'> {
  readonly jobName = 'privacy.remove-abandoned-organizations' as const;

  constructor(private readonly removal: OrganizationRemovalService) {}

  async handle(): Promise<void> {
    await this.removal.removeDue(new Date());
  }
}
