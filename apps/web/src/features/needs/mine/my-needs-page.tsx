import { useQuery } from '@apollo/client/react';
import { Button, Card, Heading, Link, Paragraph, Select, Label, Field } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { graphql } from '../../../gql';
import type { NeedStatus } from '../../../gql/graphql';
import { Empty, QueryState } from '../../../shared/states';
import { useTitle } from '../../../shared/use-title';
import { RequireRole } from '../../identity/require-role';
import { countByNeed, MATCH_CAP } from './match-counts';
import { StatusTag } from './status-tag';
import './mine.css';

const MyNeedsOp = graphql(`
  query BuyerMyNeeds($status: NeedStatus, $matchCap: Int!) {
    myNeeds(status: $status) {
      id
      title
      status
      updatedAt
    }
    myMatches(first: $matchCap) {
      id
      status
      supplierInterested
      need {
        id
      }
    }
  }
`);

const STATUSES: NeedStatus[] = ['DRAFT', 'PUBLISHED', 'CLOSED'];
const PAGE = 20;

export function MyNeedsPage() {
  return (
    <RequireRole roles={['BUYER']}>
      <MyNeeds />
    </RequireRole>
  );
}

function MyNeeds() {
  const { t } = useTranslation('myNeeds');
  useTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status'));
  const [shown, setShown] = useState(PAGE);
  const selectId = useId();
  const { data, loading, error, refetch } = useQuery(MyNeedsOp, {
    variables: { status, matchCap: MATCH_CAP },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section className="navet-stack">
      <div className="navet-row my-needs-head">
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Button asChild>
          <RouterLink to={paths.buyerNewNeed}>{t('newNeed')}</RouterLink>
        </Button>
      </div>
      <Field className="my-needs-filter">
        <Label htmlFor={selectId}>{t('filter')}</Label>
        <Select
          id={selectId}
          value={status ?? ''}
          onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {}, { replace: true })}
        >
          <Select.Option value="">{t('all')}</Select.Option>
          {STATUSES.map((s) => (
            <Select.Option key={s} value={s}>
              {t(`status.${s}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(d) => {
          if (d.myNeeds.length === 0) return <Empty>{t('none')}</Empty>;
          const counts = countByNeed(d.myMatches);
          return (
            <>
              <ul className="navet-plain-list navet-stack">
                {d.myNeeds.slice(0, shown).map((n) => (
                  <li key={n.id}>
                    <Card data-color="neutral">
                      <div className="navet-row">
                        <Heading level={2} data-size="xs">
                          <Link asChild>
                            <RouterLink to={paths.buyerNeed(n.id)}>{n.title}</RouterLink>
                          </Link>
                        </Heading>
                        <StatusTag status={n.status} />
                      </div>
                      <Paragraph data-size="sm">
                        {t('counts', {
                          suggestions: counts.get(n.id)?.suggestions ?? 0,
                          interested: counts.get(n.id)?.interested ?? 0,
                        })}
                      </Paragraph>
                      {n.status !== 'CLOSED' && (
                        <Paragraph data-size="sm">
                          <Link asChild>
                            <RouterLink to={paths.buyerEditNeed(n.id)} aria-label={`${t('edit')}: ${n.title}`}>
                              {t('edit')}
                            </RouterLink>
                          </Link>
                        </Paragraph>
                      )}
                    </Card>
                  </li>
                ))}
              </ul>
              {d.myMatches.length >= MATCH_CAP && <Paragraph data-size="sm">{t('countsCapped')}</Paragraph>}
              {d.myNeeds.length > shown && (
                <div>
                  <Button variant="secondary" onClick={() => setShown(shown + PAGE)}>
                    {t('showMore')}
                  </Button>
                </div>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
