import { Injectable } from '@nestjs/common';
import { JobHandler, JobPayload } from '@navet/queue';
import { CriteriaReplayService } from '../criteria/criteria-replay.service';

/** Replays a stored run's candidate criteria; the service makes repeats harmless. */
@Injectable()
export class EvaluateCriteriaHandler implements JobHandler<'matching.evaluate-criteria'> {
  readonly jobName = 'matching.evaluate-criteria' as const;

  constructor(private readonly replay: CriteriaReplayService) {}

  handle({ runId }: JobPayload<'matching.evaluate-criteria'>): Promise<void> {
    return this.replay.run(runId);
  }
}
