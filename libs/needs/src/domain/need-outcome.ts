import { badInput, isId, optionalText, requireOneOf, requireText, unique } from '@navet/core';

/** [P] What happened to a closed need. Public with the need: it feeds the reuse radar of later buyers. */
export const NEED_OUTCOME_RESULTS = ['PROCURED', 'SOLVED_OTHERWISE', 'ABANDONED'] as const;
export type NeedOutcomeResult = (typeof NEED_OUTCOME_RESULTS)[number];

export interface NeedOutcome {
  result: NeedOutcomeResult;
  summary: string;
  lessonsLearned: string | null;
  /** SupplierProfile ids. */
  contractedSupplierIds: string[];
  recordedAt: Date;
}

export interface NeedOutcomeInput {
  result: string;
  summary: string;
  lessonsLearned?: string | null;
  contractedSupplierIds?: readonly string[] | null;
}

export const OUTCOME_LIMITS = { summary: 2000, lessonsLearned: 5000, contractedSuppliers: 50 } as const;

/**
 * Validates an outcome; the fields are named as the client sent them (`outcome.summary`, ...).
 * Contracted suppliers only make sense for a procurement. Whether the ids name existing profiles is the
 * caller's check (it needs the database).
 */
export function validateNeedOutcome(input: NeedOutcomeInput, recordedAt: Date): NeedOutcome {
  const result = requireOneOf('outcome.result', input.result, NEED_OUTCOME_RESULTS);
  const summary = requireText('outcome.summary', input.summary, 10, OUTCOME_LIMITS.summary);
  const lessonsLearned = optionalText('outcome.lessonsLearned', input.lessonsLearned, OUTCOME_LIMITS.lessonsLearned);
  const ids = unique(input.contractedSupplierIds ?? []);
  const field = 'outcome.contractedSupplierIds';
  if (ids.length > OUTCOME_LIMITS.contractedSuppliers) {
    throw badInput(field, `${field} may have at most ${OUTCOME_LIMITS.contractedSuppliers} entries`);
  }
  if (ids.some((id) => !isId(id))) throw badInput(field, `${field} must contain supplier profile ids`);
  if (ids.length > 0 && result !== 'PROCURED') {
    throw badInput(field, `${field} is only for a need that was procured (result PROCURED)`);
  }
  return { result, summary, lessonsLearned, contractedSupplierIds: ids, recordedAt };
}

/** The ledger's summary of a recorded outcome: no names, only what a procurement file needs. */
export function outcomeLedgerSummary(o: NeedOutcome): string {
  const contracted = o.contractedSupplierIds.length;
  const who = contracted > 0 ? `, ${contracted} contracted supplier${contracted === 1 ? '' : 's'}` : '';
  return `The buyer recorded the outcome: ${o.result}${who}`;
}
