import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction } from '@navet/database';
import { deleteOrganizationUnlessReferenced, organizationsDueForRemoval } from '@navet/identity';
import { deleteRatingsOfOrganization, deleteUnengagedMatchesOfSupplier } from '@navet/matching';
import { eraseOrganizationNotificationData } from '@navet/notifications';
import { OutboxWriter } from '@navet/outbox';
import { deleteProfileUnlessReferenced, profileIdOfOrganization } from '@navet/suppliers';

export interface RemovalSummary {
  removed: string[];
  /** Still named by records other parties keep (dialogues, questions, needs): kept, no longer scheduled. */
  kept: string[];
}

const BATCH = 100;

/**
 * Removes organizations whose last user erased their account once the grace period has passed
 * (docs/privacy.md). Each in its own transaction through the owners; `now` is a parameter so a test
 * can run it thirty days ahead without waiting.
 */
@Injectable()
export class OrganizationRemovalService {
  private readonly logger = new Logger(OrganizationRemovalService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  async removeDue(now = new Date()): Promise<RemovalSummary> {
    const summary: RemovalSummary = { removed: [], kept: [] };
    for (const organizationId of await organizationsDueForRemoval(this.ds, now, BATCH)) {
      const outcome = await inTransaction(this.ds, async (em) => {
        const profileId = await profileIdOfOrganization(em, organizationId);
        if (profileId) {
          await deleteUnengagedMatchesOfSupplier(em, profileId);
          if ((await deleteProfileUnlessReferenced(em, profileId)) === 'deleted')
            // The index job finds no row and deletes the document (it was hidden already).
            await this.outbox.add(em, { type: 'supplier.updated', payload: { supplierId: profileId } });
        }
        await deleteRatingsOfOrganization(em, organizationId);
        await eraseOrganizationNotificationData(em, organizationId);
        return deleteOrganizationUnlessReferenced(em, organizationId);
      });
      (outcome === 'deleted' ? summary.removed : summary.kept).push(organizationId);
    }
    if (summary.removed.length + summary.kept.length > 0)
      this.logger.log({ removed: summary.removed.length, kept: summary.kept.length }, 'abandoned organizations removed');
    return summary;
  }
}
