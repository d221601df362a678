import { isDomainError } from '@navet/core';

/** A line that cannot be imported; the reason names fields, never line contents. */
export class LineError extends Error {}

// Validator messages quote the offending value; codes are harmless, anything longer may be personal data.
const QUOTED = /"[^"]*"/g;
const HARMLESS = /^"[\w.-]{1,20}"$/;

/** The skip reason for a failed line: "field: message" for validation errors. */
export function reasonOf(e: unknown): string {
  if (e instanceof LineError) return e.message;
  if (isDomainError(e)) {
    const message = e.message.replace(QUOTED, (q) => (HARMLESS.test(q) ? q : '"…"'));
    return e.field ? `${e.field}: ${message}` : message;
  }
  // A TypeError from a malformed value: the message names code, not data.
  return `malformed line (${e instanceof Error ? e.name : 'error'})`;
}
