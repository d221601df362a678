import { Injectable } from '@nestjs/common';
import { isId } from '@navet/core';
import type { JobHandler, JobPayload } from '@navet/queue';
import { DialogueOpener } from '../services/dialogue-opener.service';

/** A connected match gets its dialogue; a retry or a late repeat opens nothing twice (unique match id). */
@Injectable()
export class OpenForMatchHandler implements JobHandler<'dialogue.open-for-match'> {
  readonly jobName = 'dialogue.open-for-match' as const;

  constructor(private readonly opener: DialogueOpener) {}

  async handle({ matchId }: JobPayload<'dialogue.open-for-match'>): Promise<void> {
    if (!isId(matchId)) return;
    await this.opener.openForMatch(matchId);
  }
}
