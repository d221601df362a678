import type { TestEnv } from '@navet/testing';
import { ACTORS, ActorName, World } from './authorization-world';

/**
 * What one actor gets from one operation on one object state. ALLOW: the answer reveals the object
 * (or, for operations without a target, the operation succeeds). HIDDEN: answered, but the object
 * or field is withheld (null, left out of a list). Everything else is the error's extensions.code.
 */
export type Outcome = 'ALLOW' | 'HIDDEN' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID_STATE';

const LETTERS: Record<string, Outcome> = {
  A: 'ALLOW',
  H: 'HIDDEN',
  U: 'UNAUTHENTICATED',
  F: 'FORBIDDEN',
  N: 'NOT_FOUND',
  I: 'INVALID_STATE',
};

/** The columns of an expectation line, in this order; the deleted user's token is refused everywhere. */
export const COLUMNS = ACTORS.filter((a) => a !== 'deletedUser');

/**
 * One line of the table: `'U A H A H H A A'` = anonymous, supplierA, supplierB, buyerA, buyerB,
 * unverifiedBuyer, groupMember, admin. A deleted user's old token is UNAUTHENTICATED on every
 * operation (issue 11 §2: tokens die with their user; a bad token fails the whole request with 401).
 */
export function line(spec: string): Record<ActorName, Outcome> {
  const letters = spec.trim().split(/\s+/);
  if (letters.length !== COLUMNS.length) throw new Error(`expectation '${spec}' needs ${COLUMNS.length} columns`);
  const out = { deletedUser: 'UNAUTHENTICATED' } as Record<ActorName, Outcome>;
  letters.forEach((l, i) => {
    const outcome = LETTERS[l];
    if (!outcome) throw new Error(`expectation '${spec}': unknown letter ${l}`);
    out[COLUMNS[i]!] = outcome;
  });
  return out;
}

export interface CellContext {
  env: TestEnv;
  world: World;
  actor: ActorName;
  state: string;
  /**
   * Set by a row's `vars` when the cell must act as a session of its own: operations that revoke
   * tokens or erase the caller (logout, changePassword, eraseMyAccount) would otherwise break the
   * world's shared sessions for every later cell.
   */
  session?: { token: string };
}

/**
 * One row: an operation (or a field reached through one) and the expected outcome per object
 * state and actor. `vars` may build a fresh fixture (mutations that change state get one per cell).
 */
export interface MatrixRow {
  /** Query or Mutation field name; for field rows `Type.field`. */
  name: string;
  kind: 'Query' | 'Mutation' | 'Field';
  document: string;
  vars?: (c: CellContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Does a successful answer reveal the target? Default: yes (the operation itself was allowed). */
  reveals?: (data: Record<string, unknown>, c: CellContext) => boolean;
  /** state -> expectation line; a stateless row uses the key '-'. */
  expect: Record<string, Record<ActorName, Outcome>>;
}

export const stateless = (spec: string) => ({ '-': line(spec) });

/** The ids in a list answer (at any one level: `[{ id }]`). */
export const ids = (list: unknown): string[] => (Array.isArray(list) ? list.map((x: { id: string }) => x.id) : []);
