import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { unauthenticated } from '@navet/core';
import { inTransaction } from '@navet/database';
import { forgetQuestionAndClarificationAuthor } from '@navet/clarifications';
import {
  Actor,
  deleteUser,
  firstUserEmail,
  IdentityService,
  lockUserForErasure,
  requireActor,
  scheduleOrganizationRemoval,
} from '@navet/identity';
import { deleteRatingsOfOrganization, forgetCriteriaAuthor, withdrawAllSuggestionsOfSupplier } from '@navet/matching';
import { forgetNeedAuthor } from '@navet/needs';
import { eraseNotificationData, eraseOrganizationNotificationData } from '@navet/notifications';
import { OutboxWriter } from '@navet/outbox';
import { hideProfileOfOrganization, replaceContactEmail } from '@navet/suppliers';
import { organizationRemovalDueAt } from '../domain/organization-removal';

/**
 * eraseMyAccount (GDPR art. 17, docs/privacy.md): one transaction passed down through every owner of
 * the user's data, so an erasure happens completely or not at all. The user row is deleted last, so
 * the token check refuses the old tokens once it commits.
 */
@Injectable()
export class AccountErasureService {
  private readonly logger = new Logger(AccountErasureService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly identity: IdentityService,
    private readonly outbox: OutboxWriter,
  ) {}

  async erase(actor: Actor | null, password: string, ip: string, now = new Date()): Promise<void> {
    const a = requireActor(actor);
    // Before the transaction: argon2 is slow, and a wrong password must change nothing.
    await this.identity.confirmPassword(a, password, ip);
    const abandoned = await inTransaction(this.ds, async (em) => {
      const user = await lockUserForErasure(em, a.userId);
      if (!user) throw unauthenticated();
      await forgetNeedAuthor(em, user.id);
      await forgetQuestionAndClarificationAuthor(em, user.id);
      await forgetCriteriaAuthor(em, user.id);
      await eraseNotificationData(em, user.id);
      await deleteUser(em, user.id);
      const colleague = await firstUserEmail(em, user.organizationId);
      await replaceContactEmail(em, user.organizationId, user.email, colleague);
      if (colleague === null) await this.abandonOrganization(em, user.organizationId, now);
      return colleague === null;
    });
    this.logger.log({ userId: a.userId, organizationId: a.organizationId, organizationAbandoned: abandoned }, 'account erased');
  }

  /**
   * Nobody is left in the organization: its profile leaves search (index job via the outbox) and
   * matching (hidden and its suggestions withdrawn, here, at once), its webhook and ratings go, and the
   * organization itself is removed after the grace period (OrganizationRemovalService).
   */
  private async abandonOrganization(em: EntityManager, organizationId: string, now: Date): Promise<void> {
    const supplierId = await hideProfileOfOrganization(em, organizationId);
    if (supplierId) {
      await withdrawAllSuggestionsOfSupplier(em, supplierId);
      await this.outbox.add(em, { type: 'supplier.updated', payload: { supplierId } });
    }
    await deleteRatingsOfOrganization(em, organizationId);
    await eraseOrganizationNotificationData(em, organizationId);
    await scheduleOrganizationRemoval(em, organizationId, organizationRemovalDueAt(now));
  }
}
