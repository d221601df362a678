/**
 * Errors that mean PostgreSQL could not be reached or dropped the connection (a restart, a failover, a
 * full connection table): the request did not fail on its own merits and may work when retried, so
 * the API answers 503 instead of an internal error. Query errors (constraints, syntax) are not these.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

// SQLSTATE class 08 (connection exception); 57P01-57P03 (admin/crash shutdown, cannot connect now);
// 53300 (too many connections).
const SQLSTATE = /^(08\d{3}|57P0[1-3]|53300)$/;

// TypeORM releases a transaction's query runner when its connection ends (a server shutdown cuts it), and
// the transaction's next statement then fails with this instead of the connection error (fault suite).
const RELEASED_RUNNER = 'QueryRunnerAlreadyReleasedError';

// node-postgres and pg-pool raise these without a code.
const MESSAGES = /Connection terminated|not queryable|timeout exceeded when trying to connect/i;

/** Walks `cause` and TypeORM's `driverError` (a QueryFailedError wraps the pg error there). */
function* chain(error: unknown): Generator<object> {
  let e: unknown = error;
  for (let depth = 0; depth < 6 && e && typeof e === 'object'; depth++) {
    yield e;
    const next = (e as { driverError?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
    if (next === e) return;
    e = next;
  }
}

export function isDatabaseConnectionError(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
    const errors = (e as { errors?: unknown }).errors;
    // Node reports a refused connection to a host with several addresses as an AggregateError.
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseConnectionError(inner))) return true;
    if (e instanceof Error && (e.name === RELEASED_RUNNER || MESSAGES.test(e.message))) return true;
  }
  return false;
}
