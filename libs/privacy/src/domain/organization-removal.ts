/**
 * An organization whose last user erased their account is hidden at once and removed after this grace
 * period (docs/privacy.md): long enough to settle what other parties are owed an answer on, short
 * enough that nothing lingers. A constant, not a setting: it is a promise made in the privacy notice.
 */
export const ORGANIZATION_REMOVAL_GRACE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When an organization abandoned at `abandonedAt` is due for removal. */
export function organizationRemovalDueAt(abandonedAt: Date): Date {
  return new Date(abandonedAt.getTime() + ORGANIZATION_REMOVAL_GRACE_DAYS * DAY_MS);
}
