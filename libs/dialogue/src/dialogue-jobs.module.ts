import { Module } from '@nestjs/common';
import { OpenForMatchHandler } from './jobs/open-for-match.handler';
import { DialogueOpener } from './services/dialogue-opener.service';

/** The worker registers these under JOB_HANDLERS. */
export const DIALOGUE_JOB_HANDLERS = [OpenForMatchHandler] as const;

/** For the worker: opening dialogues of connected matches. Needs a TypeORM DataSource. */
@Module({
  providers: [DialogueOpener, ...DIALOGUE_JOB_HANDLERS],
  exports: [DialogueOpener, ...DIALOGUE_JOB_HANDLERS],
})
export class DialogueJobsModule {}
