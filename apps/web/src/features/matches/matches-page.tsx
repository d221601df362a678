import { useQuery } from '@apollo/client/react';
import { Button, Field, Heading, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '../../app/paths';
import type { MatchStatus } from '../../gql/graphql';
import { Empty, QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { RequireRole } from '../identity/require-role';
import { MatchCard } from './match-card';
import { SupplierMatchesOp } from './match-fields';
import { MATCH_STATUSES, statusFromUrl, statusToUrl } from './status-filter';

const PAGE = 20;

function MatchesInbox() {
  const { t } = useTranslation('matches');
  useTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const status = statusFromUrl(params);
  const [first, setFirst] = useState(PAGE);
  const { data, loading, error, refetch } = useQuery(SupplierMatchesOp, {
    variables: { first, offset: 0, status: status ? [status] : null },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <div className="navet-stack">
      <Heading level={1}>{t('title')}</Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <Field className="navet-match-filter">
        <Label>{t('filter')}</Label>
        <Select
          value={status ?? ''}
          onChange={(e) => {
            setFirst(PAGE);
            setParams(statusToUrl(params, (e.target.value || null) as MatchStatus | null));
          }}
        >
          <Select.Option value="">{t('allStatuses')}</Select.Option>
          {MATCH_STATUSES.map((s) => (
            <Select.Option key={s} value={s}>
              {t(`status.${s}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(d) =>
          d.myMatches.length === 0 ? (
            <Empty>
              {t('none')}{' '}
              <Link asChild>
                <RouterLink to={paths.supplierProfile}>{t('improveProfile')}</RouterLink>
              </Link>
            </Empty>
          ) : (
            <>
              <ul className="navet-plain-list navet-match-list" aria-label={t('listLabel')}>
                {d.myMatches.map((m) => (
                  <li key={m.id}>
                    <MatchCard match={m} />
                  </li>
                ))}
              </ul>
              {d.myMatches.length >= first && (
                <div>
                  <Button variant="secondary" onClick={() => setFirst(first + PAGE)} disabled={loading}>
                    {t('showMore')}
                  </Button>
                </div>
              )}
            </>
          )
        }
      </QueryState>
    </div>
  );
}

export function MatchesPage() {
  return (
    <RequireRole roles={['SUPPLIER']}>
      <MatchesInbox />
    </RequireRole>
  );
}
