/** Start of the UTC day `now` falls in: the cap counts notifications since then. */
export function utcDayStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** `YYYY-MM-DD` of the UTC day, the digest's key. */
export const utcDay = (now: Date): string => utcDayStart(now).toISOString().slice(0, 10);

/**
 * With `alreadyToday` NEW_MATCH notifications since UTC midnight, does the next one go into the
 * digest instead of an immediate e-mail? A cap of 0 sends every match to the digest.
 */
export const goesToDigest = (alreadyToday: number, cap: number): boolean => alreadyToday >= cap;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The digest job's `day` must be a real calendar day; anything else is a programming error. */
export function parseDay(day: string): string {
  if (
    !DAY.test(day) ||
    Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
  ) {
    throw new Error(`Invalid digest day "${day}" (expected YYYY-MM-DD)`);
  }
  return day;
}
