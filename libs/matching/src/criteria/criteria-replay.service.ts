import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction } from '@navet/database';
import { Actor, requireRole } from '@navet/identity';
import { OutboxWriter } from '@navet/outbox';
import { MatchCriteriaInputValues, validateCriteria } from '../domain/criteria';
import {
  claimEvaluationRun,
  CriteriaEvaluationRun,
  failEvaluationRun,
  finishEvaluationRun,
  insertEvaluationRun,
  listEvaluationRuns,
  loadEvaluationRun,
  setEvaluationProgress,
} from '../persistence/criteria-evaluation-runs.store';
import { CriteriaEvaluationService } from './criteria-evaluation.service';
import { loadActiveCriteria, loadCriteriaVersion } from './criteria.store';

export const MAX_LISTED_RUNS = 100;
/** Progress is written every this many replayed needs (and at the end). */
export const PROGRESS_EVERY = 10;
const MAX_ERROR = 300;

/** The first line of an error's message, trimmed: the run records why, never a stack. */
export function shortError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const line = message.split('\n')[0].trim() || 'replay failed';
  return line.length > MAX_ERROR ? `${line.slice(0, MAX_ERROR - 1)}…` : line;
}

/**
 * Background replay of candidate criteria (admins only): the run is stored and a job queued in one
 * transaction; the job replays the candidate and the active criteria over the same labelled needs
 * with the dry run's logic (CriteriaEvaluationService.replay).
 */
@Injectable()
export class CriteriaReplayService {
  private readonly log = new Logger(CriteriaReplayService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly evaluation: CriteriaEvaluationService,
  ) {}

  async start(actor: Actor | null | undefined, input: MatchCriteriaInputValues): Promise<CriteriaEvaluationRun> {
    const admin = requireRole(actor, 'ADMIN');
    const criteria = validateCriteria(input);
    const active = await loadActiveCriteria(this.ds);
    const id = await inTransaction(this.ds, async (em) => {
      const runId = await insertEvaluationRun(em, { ...criteria, activeVersion: active.version, createdByUserId: admin.userId });
      await this.outbox.add(em, { type: 'criteria.evaluation-requested', payload: { runId } });
      return runId;
    });
    const run = await loadEvaluationRun(this.ds, id);
    if (!run) throw new Error(`evaluation run ${id} vanished after insert`);
    return run;
  }

  async get(actor: Actor | null | undefined, id: string): Promise<CriteriaEvaluationRun | null> {
    requireRole(actor, 'ADMIN');
    // Not a uuid: no such run (PostgreSQL would refuse the cast).
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
    return loadEvaluationRun(this.ds, id);
  }

  async list(actor: Actor | null | undefined, first = 20): Promise<CriteriaEvaluationRun[]> {
    requireRole(actor, 'ADMIN');
    const n = Number.isInteger(first) ? Math.min(Math.max(first, 0), MAX_LISTED_RUNS) : 20;
    return n === 0 ? [] : listEvaluationRuns(this.ds, n);
  }

  /** The job: a finished run is left alone; a RUNNING one (a crashed attempt) starts over. */
  async run(runId: string): Promise<void> {
    const run = await loadEvaluationRun(this.ds, runId);
    if (!run || run.status === 'DONE' || run.status === 'FAILED') return;
    if (!(await claimEvaluationRun(this.ds, runId))) return;
    try {
      const active = await loadCriteriaVersion(this.ds, run.activeVersion);
      if (!active) throw new Error(`criteria version ${run.activeVersion} not found`);
      const [result, activeResult] = await this.evaluation.replay([run, active], async (done, total) => {
        if (done % PROGRESS_EVERY === 0 && done < total) await setEvaluationProgress(this.ds, runId, done / total);
      });
      await finishEvaluationRun(this.ds, runId, result, activeResult);
    } catch (err) {
      this.log.warn(`criteria evaluation run ${runId} failed: ${shortError(err)}`);
      await failEvaluationRun(this.ds, runId, shortError(err));
    }
  }
}
