import type { NeedVersionCursor } from '@navet/needs';

export const OCDS_DEFAULT_LIMIT = 100;
export const OCDS_MAX_LIMIT = 1000;

export interface FeedQuery {
  since: Date | null;
  after: NeedVersionCursor | null;
  limit: number;
}

export type FeedQueryResult = { ok: true; query: FeedQuery } | { ok: false; field: string; message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const fail = (field: string, message: string): FeedQueryResult => ({ ok: false, field, message });

/** The page after `c`, as an opaque token for `links.next` (base64url of [date, need, version]). */
export function encodeCursor(c: NeedVersionCursor): string {
  return Buffer.from(JSON.stringify([c.releasedAt.toISOString(), c.needId, c.version])).toString('base64url');
}

function decodeCursor(token: string): NeedVersionCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 3) return null;
    const [at, needId, version] = v as unknown[];
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof needId !== 'string' || !UUID.test(needId)) return null;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return null;
    return { releasedAt: new Date(at), needId, version };
  } catch {
    return null;
  }
}

/**
 * Validates `since` (an ISO-8601 date or date-time with zone), `limit` (1..1000, default 100) and `after`
 * (a token from links.next). Query strings arrive as strings; repeated parameters arrive as arrays and are refused.
 */
export function parseFeedQuery(raw: { since?: unknown; limit?: unknown; after?: unknown }): FeedQueryResult {
  let since: Date | null = null;
  if (raw.since !== undefined) {
    if (
      typeof raw.since !== 'string' ||
      !(DATE.test(raw.since) || DATE_TIME.test(raw.since)) ||
      Number.isNaN(Date.parse(raw.since))
    ) {
      return fail('since', 'must be an ISO-8601 date (2026-12-01) or date-time with a zone (2026-12-01T08:00:00Z)');
    }
    since = new Date(raw.since);
  }
  let limit = OCDS_DEFAULT_LIMIT;
  if (raw.limit !== undefined) {
    const n = typeof raw.limit === 'string' && /^\d{1,7}$/.test(raw.limit) ? Number(raw.limit) : NaN;
    if (!(n >= 1 && n <= OCDS_MAX_LIMIT)) return fail('limit', `must be a whole number from 1 to ${OCDS_MAX_LIMIT}`);
    limit = n;
  }
  let after: NeedVersionCursor | null = null;
  if (raw.after !== undefined) {
    after = typeof raw.after === 'string' ? decodeCursor(raw.after) : null;
    if (!after) return fail('after', 'must be the token from links.next');
  }
  return { ok: true, query: { since, after, limit } };
}
