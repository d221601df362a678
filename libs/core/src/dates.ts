import { badInput } from './domain-error';

/**
 * Sane bounds for dates users type (deadlines and the like): from 2000-01-01 to 20 years after now.
 * JavaScript accepts years up to 275760, PostgreSQL up to 294276; neither is a plausible deadline,
 * and such values break sorting, feeds and e-mails downstream.
 */
export const EARLIEST_DATE = new Date('2000-01-01T00:00:00Z');
export const MAX_YEARS_AHEAD = 20;

export function latestDate(now: Date): Date {
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AHEAD);
  return latest;
}

/** The date when it is valid and within the bounds above; BAD_USER_INPUT naming the field otherwise. */
export function requireSaneDate(field: string, value: Date, now: Date): Date {
  if (Number.isNaN(value.getTime())) throw badInput(field, `${field} is not a valid date`);
  if (value.getTime() < EARLIEST_DATE.getTime()) throw badInput(field, `${field} may not lie before 2000-01-01`);
  if (value.getTime() > latestDate(now).getTime()) {
    throw badInput(field, `${field} may lie at most ${MAX_YEARS_AHEAD} years ahead`);
  }
  return value;
}
