import { conflict, forbidden, invalidState } from '@navet/core';
import type { NeedStatus, ProcurementStage } from './need';

/**
 * Every state and stage rule of a need lives here: DRAFT -> PUBLISHED -> CLOSED, nothing else; the
 * procurement stage moves from NEED_ANALYSIS to MARKET_DIALOGUE on publish. The service, the bulk
 * writer (imports, seeds) and the recorded outcomes all take their states from these functions.
 */
export interface NeedLifecycleState {
  status: NeedStatus;
  stage: ProcurementStage;
  publishedAt: Date | null;
  closedAt: Date | null;
}

export const draftState = (): NeedLifecycleState => ({
  status: 'DRAFT',
  stage: 'NEED_ANALYSIS',
  publishedAt: null,
  closedAt: null,
});

/** A published need is open for market dialogue unless the buyer already moved it further. */
export const stageOnPublish = (stage: ProcurementStage): ProcurementStage =>
  stage === 'NEED_ANALYSIS' ? 'MARKET_DIALOGUE' : stage;

export const publishedState = (publishedAt: Date, stage: ProcurementStage = 'NEED_ANALYSIS'): NeedLifecycleState => ({
  status: 'PUBLISHED',
  stage: stageOnPublish(stage),
  publishedAt,
  closedAt: null,
});

/** Closing keeps the stage the buyer reached and the publication date. */
export const closedChange = (closedAt: Date): Pick<NeedLifecycleState, 'status' | 'closedAt'> => ({ status: 'CLOSED', closedAt });

/** A need recorded after the fact as procured (the demo's TED award notices): published, contracted and closed. */
export const contractedState = (publishedAt: Date, closedAt: Date): NeedLifecycleState => ({
  status: 'CLOSED',
  stage: 'CONTRACTED',
  publishedAt,
  closedAt,
});

/** A new need as an import writes it: published now (or at the source's date) or a draft. */
export const importedState = (publish: boolean, publishedAt: Date): NeedLifecycleState =>
  publish ? publishedState(publishedAt) : draftState();

/** A re-import moves a need forward only: it may publish a draft, never unpublish; a closed need is left alone. */
export const canReimport = (status: NeedStatus): boolean => status !== 'CLOSED';

export function assertCanPublish(status: NeedStatus, buyerVerified: boolean): void {
  if (status !== 'DRAFT') throw invalidState(`Only a draft can be published; this need is ${status}`);
  if (!buyerVerified) {
    throw forbidden('Your organization must be verified by a Navet administrator before it can publish needs');
  }
}

export function assertCanClose(status: NeedStatus): void {
  if (status !== 'PUBLISHED') throw invalidState(`Only a published need can be closed; this need is ${status}`);
}

export function assertCanEdit(status: NeedStatus): void {
  if (status === 'CLOSED') throw invalidState('A closed need can no longer be changed');
}

/** Optimistic concurrency: the client must have seen the current version. */
export function assertVersion(current: number, expected: number): void {
  if (current !== expected) {
    throw conflict(`This need was changed meanwhile (version ${current}, you sent ${expected}); reload and try again`);
  }
}
