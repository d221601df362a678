import { conflict, forbidden, invalidState } from '@navet/core';
import type { NeedStatus } from './need';

/** DRAFT -> PUBLISHED -> CLOSED; nothing else. */
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
