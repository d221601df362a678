import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '@navet/core';
import type { JobHandler, JobPayload } from '@navet/queue';
import { nutsPrefixes } from '@navet/reference';
import { cpvLeadingPrefixes, MeiliClient } from '@navet/search';
import { NotificationDraft, savedSearchEventKey } from '../domain/notification';
import { savedSearchHitText, textLanguageOf } from '../domain/notification-texts';
import {
  loadNeedForSavedSearches,
  PublishedNeedRow,
  SavedSearchCandidate,
  structuralCandidates,
} from '../persistence/saved-search.repository';
import { NotificationWriter } from '../planning/notification.writer';
import { confirmTextMatches } from './saved-search-text-match';

/**
 * A need was published: SQL narrows saved searches by structure (indexed array overlaps), then
 * Meilisearch decides the text part for all remaining ones in one multi-search request.
 */
@Injectable()
export class SavedSearchHitsHandler implements JobHandler<'notifications.saved-search-hits'> {
  readonly jobName = 'notifications.saved-search-hits' as const;
  private readonly logger = new Logger(SavedSearchHitsHandler.name);

  constructor(
    private readonly ds: DataSource,
    private readonly meili: MeiliClient,
    private readonly writer: NotificationWriter,
  ) {}

  async handle({ needId }: JobPayload<'notifications.saved-search-hits'>): Promise<void> {
    if (!isId(needId)) return;
    const need = await loadNeedForSavedSearches(this.ds, needId);
    if (!need || need.status !== 'PUBLISHED') return;
    const candidates = await structuralCandidates(this.ds, {
      buyerOrganizationId: need.buyerOrganizationId,
      cpvPrefixes: [...new Set(need.cpvCodes.flatMap(cpvLeadingPrefixes))],
      regionCodes: need.regionCodes,
      regionPrefixes: [...new Set(need.regionCodes.flatMap(nutsPrefixes))],
      focusAreas: need.focusAreas,
    });
    const withText = candidates.filter((c) => c.query?.trim());
    const textHits = withText.length ? await confirmTextMatches(this.meili, need, withText) : new Set<string>();
    const hits = candidates.filter((c) => !c.query?.trim() || textHits.has(c.id));
    // One alert per user and need, from their oldest matching saved search.
    const perUser = new Map<string, SavedSearchCandidate>();
    for (const h of hits) if (!perUser.has(h.userId)) perUser.set(h.userId, h);
    await this.writer.record([...perUser.values()].map((s) => draftFor(s, need)));
    // Runs once per published need (hundreds while seeding): detail for debugging, not an event.
    this.logger.debug({ needId, candidates: candidates.length, hits: perUser.size }, 'saved-search hits planned');
  }
}

function draftFor(s: SavedSearchCandidate, need: PublishedNeedRow): NotificationDraft {
  const text = savedSearchHitText(textLanguageOf(s.preferredLanguage), s.name, need.title, need.buyerName);
  return {
    userId: s.userId,
    organizationId: s.organizationId,
    type: 'SAVED_SEARCH_HIT',
    ...text,
    needId: need.id,
    matchId: null,
    eventKey: savedSearchEventKey(s.id, need.id),
    capped: false,
    deliver: true,
    webhookData: { needTitle: need.title, buyerName: need.buyerName },
  };
}
