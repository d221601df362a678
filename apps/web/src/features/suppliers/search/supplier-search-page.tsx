import { useQuery } from '@apollo/client/react';
import { Button, Card, Heading, Link, Paragraph, Search, Tag } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { graphql } from '../../../gql';
import { Pager } from '../../../shared/pager';
import { Empty, QueryState } from '../../../shared/states';
import { useTitle } from '../../../shared/use-title';
import { RequireRole } from '../../identity/require-role';
import { FacetFilters } from './facet-filters';
import { PAGE_SIZE, readSearch, toggleFilter, toVariables, writeSearch, type SupplierSearchState } from './search-params';
import './search.css';

const SearchSuppliersOp = graphql(`
  query SearchSuppliersPage($query: String, $filter: SupplierSearchFilter, $page: Int!, $pageSize: Int!) {
    searchSuppliers(query: $query, filter: $filter, page: $page, pageSize: $pageSize) {
      totalHits
      hits {
        rankingScore
        supplier {
          id
          headline
          companySize
          focusAreas
          organization {
            id
            name
          }
        }
      }
      facets {
        field
        values {
          value
          count
        }
      }
    }
  }
`);

export function SupplierSearchPage() {
  return (
    <RequireRole roles={['BUYER', 'ADMIN']}>
      <SupplierSearch />
    </RequireRole>
  );
}

/** Free text, facet filters with counts, paging; everything in the URL. */
function SupplierSearch() {
  const { t } = useTranslation('suppliers');
  useTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  const state = readSearch(params);
  const [text, setText] = useState(state.query);
  const go = (s: SupplierSearchState) => setParams(writeSearch(s));
  const { data, loading, error, refetch } = useQuery(SearchSuppliersOp, { variables: toVariables(state) });
  function submit(e: FormEvent) {
    e.preventDefault();
    go({ ...state, query: text, page: 1 });
  }
  const result = data?.searchSuppliers;
  return (
    <section className="navet-stack">
      <Heading level={1} data-size="lg">
        {t('search.title')}
      </Heading>
      <form role="search" onSubmit={submit} className="navet-row supplier-search-form">
        <Search>
          <Search.Input aria-label={t('search.query')} value={text} onChange={(e) => setText(e.target.value)} />
          <Search.Clear onClick={() => setText('')} />
          <Search.Button type="submit">{t('search.submit')}</Search.Button>
        </Search>
      </form>
      <Paragraph data-size="sm">{t('search.queryHelp')}</Paragraph>
      <div className="supplier-search-layout">
        <aside aria-label={t('search.filters')} className="navet-stack supplier-search-filters">
          <FacetFilters state={state} facets={result?.facets ?? []} onToggle={(k, v, on) => go(toggleFilter(state, k, v, on))} />
          <div>
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() => go({ ...state, focusAreas: [], companySizes: [], regionCodes: [], cpvPrefixes: [], page: 1 })}
            >
              {t('search.clear')}
            </Button>
          </div>
        </aside>
        <div className="navet-stack supplier-search-results" aria-live="polite">
          <QueryState loading={loading} error={error} data={result} onRetry={() => void refetch()}>
            {(r) =>
              r.hits.length === 0 ? (
                <Empty>{t('search.none')}</Empty>
              ) : (
                <>
                  <Paragraph>{t('search.hits', { count: r.totalHits })}</Paragraph>
                  <ul className="navet-plain-list navet-stack">
                    {r.hits.map(({ supplier: s }) => (
                      <li key={s.id}>
                        <Card data-color="neutral">
                          <Heading level={2} data-size="xs">
                            <Link asChild>
                              <RouterLink to={paths.supplier(s.id)}>{s.organization.name}</RouterLink>
                            </Link>
                          </Heading>
                          <Paragraph>{s.headline}</Paragraph>
                          <Tag data-color="neutral">{t(`search.size.${s.companySize}`)}</Tag>
                        </Card>
                      </li>
                    ))}
                  </ul>
                  <Pager page={state.page} pages={Math.ceil(r.totalHits / PAGE_SIZE)} onPage={(page) => go({ ...state, page })} />
                </>
              )
            }
          </QueryState>
        </div>
      </div>
    </section>
  );
}
