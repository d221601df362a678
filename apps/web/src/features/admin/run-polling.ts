import type { EvaluationStatus } from '../../gql/graphql';

/** How often the console asks for a running replay's progress. */
export const POLL_MS = 2000;

/** A replay is polled while it is waiting or running; DONE and FAILED are final. */
export const isRunActive = (status: EvaluationStatus | undefined): boolean => status === 'QUEUED' || status === 'RUNNING';

/** Progress in [0,1] as a whole percentage for the bar's text. */
export const percent = (progress: number): number => Math.round(Math.min(Math.max(progress, 0), 1) * 100);
