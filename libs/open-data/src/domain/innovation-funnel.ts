import { FUNNEL_GROUPINGS, FunnelGrouping } from '@navet/needs';

/** One row of the innovation funnel: how many needs of a group reached each step. No names, only counts. */
export interface FunnelRow {
  group: string;
  published: number;
  withSuggestions: number;
  withInterest: number;
  connected: number;
  inDialogue: number;
  procured: number;
}

export const FUNNEL_STEPS = ['published', 'withSuggestions', 'withInterest', 'connected', 'inDialogue', 'procured'] as const;

export interface FunnelQuery {
  groupBy: FunnelGrouping;
  from: Date | null;
  to: Date | null;
}

export type FunnelQueryResult = { ok: true; query: FunnelQuery } | { ok: false; field: string; message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

function parseDate(v: unknown): Date | null | 'bad' {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'bad' : v;
  if (typeof v !== 'string' || !(DATE.test(v) || DATE_TIME.test(v)) || Number.isNaN(Date.parse(v))) return 'bad';
  return new Date(v);
}

/**
 * Validates the funnel's parameters, from GraphQL (dates already parsed) or a query string (strings;
 * repeated parameters arrive as arrays and are refused): `groupBy` one of the groupings, `from`/`to`
 * ISO-8601 dates or date-times with a zone between 2000 and 2100, `from` before `to`.
 */
export function parseFunnelQuery(raw: { groupBy?: unknown; from?: unknown; to?: unknown }): FunnelQueryResult {
  if (typeof raw.groupBy !== 'string' || !(FUNNEL_GROUPINGS as readonly string[]).includes(raw.groupBy)) {
    return { ok: false, field: 'groupBy', message: `must be one of ${FUNNEL_GROUPINGS.join(', ')}` };
  }
  const dates: Record<'from' | 'to', Date | null> = { from: null, to: null };
  for (const field of ['from', 'to'] as const) {
    const d = parseDate(raw[field]);
    if (d === 'bad' || (d && (d.getTime() < EARLIEST || d.getTime() > LATEST))) {
      return {
        ok: false,
        field,
        message: 'must be an ISO-8601 date (2026-12-01) or date-time with a zone, between 2000 and 2100',
      };
    }
    dates[field] = d;
  }
  if (dates.from && dates.to && dates.from.getTime() >= dates.to.getTime()) {
    return { ok: false, field: 'to', message: 'must lie after from' };
  }
  return { ok: true, query: { groupBy: raw.groupBy as FunnelGrouping, ...dates } };
}

/** RFC 4180 CSV: header, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function funnelCsv(rows: readonly FunnelRow[]): string {
  const field = (v: string | number): string => {
    const s = String(v);
    // A leading =, +, - or @ would run as a formula in a spreadsheet: quote and prefix it.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [
    ['group', ...FUNNEL_STEPS].join(','),
    ...rows.map((r) => [r.group, ...FUNNEL_STEPS.map((s) => r[s])].map(field).join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}
