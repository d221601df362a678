import { Injectable } from '@nestjs/common';
import { JobPriority, type JobContext, type JobHandler, type JobPayload } from '@navet/queue';
import { DocumentSync } from './document-sync.service';

/** Makes the needs index agree with PostgreSQL for one need: published = indexed, anything else = absent. */
@Injectable()
export class IndexNeedHandler implements JobHandler<'search.index-need'> {
  readonly jobName = 'search.index-need' as const;

  constructor(private readonly sync: DocumentSync) {}

  /** A user's change (interactive) is matched once indexed; see DocumentSync.needs. */
  handle({ needId }: JobPayload<'search.index-need'>, ctx?: JobContext): Promise<void> {
    return this.sync.needs([needId], (ctx?.priority ?? JobPriority.Interactive) === JobPriority.Interactive);
  }
}

/** The same for a batch of needs (bulk imports and seeding; the relay groups their events). */
@Injectable()
export class IndexNeedsHandler implements JobHandler<'search.index-needs'> {
  readonly jobName = 'search.index-needs' as const;

  constructor(private readonly sync: DocumentSync) {}

  handle({ needIds }: JobPayload<'search.index-needs'>): Promise<void> {
    return this.sync.needs(needIds);
  }
}
