import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import type { NeedSearchSort } from '../../../gql/graphql';
import { Pager } from '../../../shared/pager';
import { Empty, QueryState } from '../../../shared/states';
import { useTitle } from '../../../shared/use-title';
import { NeedCard } from './need-card';
import { SaveSearch } from './save-search';
import { SearchFilters } from './search-filters';
import { SearchForm } from './search-form';
import { PAGE_SIZE, readSearch, toFilter, writeSearch, type NeedSearchState } from './search-params';
import './search.css';

const SearchOp = graphql(`
  query NeedSearchResults($query: String, $filter: NeedSearchFilter, $page: Int!, $pageSize: Int!, $sort: NeedSearchSort!) {
    searchNeeds(query: $query, filter: $filter, page: $page, pageSize: $pageSize, sort: $sort) {
      totalHits
      facets {
        field
        values {
          value
          count
        }
      }
      hits {
        rankingScore
        need {
          id
          title
          summary
          dialogueDeadline
          focusAreas
          buyer {
            id
            name
          }
        }
      }
    }
  }
`);

const SORTS: NeedSearchSort[] = ['RELEVANCE', 'NEWEST', 'DEADLINE_SOONEST', 'VALUE_HIGHEST'];

/** Anyone's search over published needs; the whole search lives in the URL. */
export function SearchPage() {
  const { t } = useTranslation('needSearch');
  useTitle(t('title'));
  const [params, setParams] = useSearchParams();
  // The router applies a new URL a moment after the click; until then the clicked state is shown, or
  // React would put a controlled checkbox back as it was (a flicker screen readers announce).
  const [pending, setPending] = useState<NeedSearchState | null>(null);
  const urlKey = params.toString();
  useEffect(() => setPending(null), [urlKey]);
  const state = pending ?? readSearch(params);
  const go = (next: NeedSearchState) => {
    setPending(next);
    setParams(writeSearch(next));
  };
  const { data, previousData, loading, error, refetch } = useQuery(SearchOp, {
    variables: {
      query: state.query || undefined,
      filter: toFilter(state),
      page: state.page,
      pageSize: PAGE_SIZE,
      sort: state.sort,
    },
  });
  // Keep the last results (and facets) on screen while the next page or filter loads.
  const shown = data ?? previousData;
  const result = shown?.searchNeeds;
  const pages = result ? Math.ceil(result.totalHits / PAGE_SIZE) : 0;
  return (
    <div className="navet-stack">
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <SearchForm query={state.query} onSearch={(query) => go({ ...state, query, page: 1 })} />
      <div className="navet-search-layout">
        {result && <SearchFilters state={state} facets={result.facets} onChange={go} />}
        <section className="navet-search-results navet-stack" aria-labelledby="navet-results-heading" aria-busy={loading}>
          <div className="navet-row navet-results-bar">
            <Heading level={2} data-size="xs" id="navet-results-heading">
              {t('resultsHeading')}
            </Heading>
            {result && (
              <Paragraph role="status" data-size="sm">
                {t('results', { count: result.totalHits })}
              </Paragraph>
            )}
            <Select
              aria-label={t('sortLabel')}
              data-size="sm"
              value={state.sort}
              onChange={(e) => go({ ...state, sort: e.target.value as NeedSearchSort, page: 1 })}
            >
              {SORTS.map((s) => (
                <Select.Option key={s} value={s}>
                  {t(`sort.${s}`)}
                </Select.Option>
              ))}
            </Select>
            <SaveSearch state={state} />
          </div>
          <QueryState loading={loading} error={error} data={result} onRetry={() => void refetch()}>
            {(r) =>
              r.hits.length === 0 ? (
                <Empty>{t('noResults')}</Empty>
              ) : (
                <ol className="navet-plain-list navet-stack">
                  {r.hits.map((h) => (
                    <li key={h.need.id}>
                      <NeedCard need={h.need} />
                    </li>
                  ))}
                </ol>
              )
            }
          </QueryState>
          <Pager page={state.page} pages={pages} onPage={(page) => go({ ...state, page })} />
        </section>
      </div>
    </div>
  );
}
