import { useQuery } from '@apollo/client/react';
import { Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { QueryState } from '../../shared/states';
import { filtersFromParams, KINDS, mayHaveMore, nextFirst, PAGE, paramsFromFilters } from './org-filters';
import { OrganizationTable } from './organization-table';

const AllOp = graphql(`
  query AdminAllOrganizations($first: Int!, $kind: OrganizationKind, $verified: Boolean) {
    organizations(first: $first, kind: $kind, verified: $verified) {
      ...AdminOrgRow
    }
  }
`);

/** Every organization, filtered by kind and verification (kept in the URL), oldest first, capped with "show more". */
export function AllOrganizations() {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [first, setFirst] = useState(PAGE);
  const { data, loading, error, refetch } = useQuery(AllOp, {
    variables: { first, kind: filters.kind, verified: filters.verified },
    fetchPolicy: 'cache-and-network',
  });
  const verifiedValue = filters.verified === undefined ? '' : String(filters.verified);

  return (
    <section className="admin-section" aria-labelledby="admin-all-orgs">
      <Heading level={2} data-size="md" id="admin-all-orgs">
        {t('orgs.allTitle')}
      </Heading>
      <div className="navet-row">
        <Field>
          <Label>{t('orgs.filterKind')}</Label>
          <Select
            value={filters.kind ?? ''}
            onChange={(e) =>
              setParams(paramsFromFilters({ ...filters, kind: KINDS.find((k) => k === e.target.value) }), { replace: true })
            }
          >
            <Select.Option value="">{t('orgs.any')}</Select.Option>
            {KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`orgs.kinds.${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('orgs.filterVerified')}</Label>
          <Select
            value={verifiedValue}
            onChange={(e) => {
              const v = e.target.value;
              setParams(paramsFromFilters({ ...filters, verified: v === '' ? undefined : v === 'true' }), { replace: true });
            }}
          >
            <Select.Option value="">{t('orgs.any')}</Select.Option>
            <Select.Option value="true">{t('orgs.onlyVerified')}</Select.Option>
            <Select.Option value="false">{t('orgs.onlyUnverified')}</Select.Option>
          </Select>
        </Field>
      </div>
      <QueryState loading={loading} error={error} data={data?.organizations} onRetry={() => void refetch()}>
        {(orgs) => (
          <>
            <OrganizationTable
              caption={t('orgs.allTitle')}
              rows={orgs}
              onMore={mayHaveMore(orgs.length, first) ? () => setFirst(nextFirst(first)) : undefined}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}
