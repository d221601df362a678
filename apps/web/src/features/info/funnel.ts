import type { FunnelGrouping, InfoInnovationFunnelQuery } from '../../gql/graphql';

export type FunnelRow = InfoInnovationFunnelQuery['innovationFunnel'][number];

/** The funnel's steps in order: each counts the needs that got at least this far. */
export const STAGES = ['published', 'withSuggestions', 'withInterest', 'connected', 'inDialogue', 'procured'] as const;
export type Stage = (typeof STAGES)[number];

export const GROUPINGS: FunnelGrouping[] = ['FOCUS_AREA', 'REGION', 'CPV_DIVISION', 'MONTH'];

/** The page's filters, kept in the URL so a view can be shared (dates as yyyy-mm-dd). */
export interface FunnelFilters {
  groupBy: FunnelGrouping;
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (v: string | null): string => (v && DATE.test(v) ? v : '');

export function filtersFromParams(params: URLSearchParams): FunnelFilters {
  const g = params.get('groupBy');
  return {
    groupBy: GROUPINGS.find((x) => x === g) ?? 'FOCUS_AREA',
    from: date(params.get('from')),
    to: date(params.get('to')),
  };
}

/** The filters as query parameters; the defaults and empty dates are left out. Also the CSV's parameters. */
export function filtersToParams(f: FunnelFilters): URLSearchParams {
  const p = new URLSearchParams({ groupBy: f.groupBy });
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  return p;
}

export const funnelCsvUrl = (f: FunnelFilters): string => `/stats/funnel.csv?${filtersToParams(f).toString()}`;

/** The query's variables: dates as the start of that day in UTC (the API takes [from, to)). */
export const funnelVariables = (f: FunnelFilters) => ({
  groupBy: f.groupBy,
  from: f.from ? `${f.from}T00:00:00.000Z` : null,
  to: f.to ? `${f.to}T00:00:00.000Z` : null,
});

/**
 * The groups a chart can show legibly: months in time order (the latest ones), anything else the largest
 * by needs published. The table below it holds every group.
 */
export function chartRows(rows: readonly FunnelRow[], groupBy: FunnelGrouping, max = 12): FunnelRow[] {
  if (groupBy === 'MONTH') return [...rows].sort((a, b) => a.group.localeCompare(b.group)).slice(-max);
  return [...rows].sort((a, b) => b.published - a.published || a.group.localeCompare(b.group)).slice(0, max);
}
