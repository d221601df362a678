import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { unauthenticated } from '@navet/core';
import { questionsAskedBy } from '@navet/clarifications';
import { messagesSentByOrganization } from '@navet/dialogue';
import { Actor, requireActor, userPersonalData } from '@navet/identity';
import { ratingsOfOrganization } from '@navet/matching';
import { needsCreatedBy } from '@navet/needs';
import { notificationPersonalData } from '@navet/notifications';
import { profileOfOrganizationForExport } from '@navet/suppliers';
import { exportText, PersonalDataExport } from '../domain/personal-data-export';

/** exportMyData: each owner reads its part of the caller's data; this composes them (one snapshot). */
@Injectable()
export class PersonalDataExportService {
  constructor(private readonly ds: DataSource) {}

  async exportFor(actor: Actor | null, now = new Date()): Promise<string> {
    const a = requireActor(actor);
    // One REPEATABLE READ snapshot: the parts agree with each other even while the user keeps working.
    const doc = await this.ds.transaction('REPEATABLE READ', async (em): Promise<PersonalDataExport> => {
      const person = await userPersonalData(em, a.userId);
      if (!person) throw unauthenticated();
      const { organization, ...user } = person;
      const notifications = await notificationPersonalData(em, a.userId);
      return {
        format: 'navet-personal-data',
        formatVersion: 1,
        exportedAt: now.toISOString(),
        user,
        organization,
        supplierProfile: await profileOfOrganizationForExport(em, organization.id),
        needsCreated: await needsCreatedBy(em, a.userId),
        questionsAsked: await questionsAskedBy(em, a.userId),
        dialogueMessagesSentByOrganization: await messagesSentByOrganization(em, organization.id),
        matchRatingsOfOrganization: await ratingsOfOrganization(em, organization.id),
        savedSearches: notifications.savedSearches,
        notifications: notifications.notifications,
        notificationPreferences: notifications.preferences,
        deliveries: notifications.deliveries,
      };
    });
    return exportText(doc);
  }
}
