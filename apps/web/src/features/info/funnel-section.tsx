import { useQuery } from '@apollo/client/react';
import { Field, Heading, Label, Link, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { FocusArea, FunnelGrouping } from '../../gql/graphql';
import { useEnumLabels } from '../../shared/enum-labels';
import { Empty, QueryState } from '../../shared/states';
import { chartRows, filtersFromParams, filtersToParams, funnelCsvUrl, funnelVariables, GROUPINGS } from './funnel';
import { FunnelChart } from './funnel-chart';
import { FunnelTable } from './funnel-table';

const FunnelOp = graphql(`
  query InfoInnovationFunnel($groupBy: FunnelGrouping!, $from: DateTime, $to: DateTime) {
    innovationFunnel(groupBy: $groupBy, from: $from, to: $to) {
      group
      published
      withSuggestions
      withInterest
      connected
      inDialogue
      procured
    }
  }
`);

/** A group's name in the UI language: focus areas translated, months spelled out, codes as they are. */
function useGroupLabel(groupBy: FunnelGrouping): (group: string) => string {
  const { t, i18n } = useTranslation('info');
  const labels = useEnumLabels();
  return (group) => {
    if (groupBy === 'FOCUS_AREA') return group === 'NONE' ? t('funnel.none') : labels.focusArea(group as FocusArea);
    if (groupBy === 'CPV_DIVISION') return t('funnel.division', { code: group });
    if (groupBy === 'MONTH')
      return new Date(`${group}-01T00:00:00Z`).toLocaleDateString(i18n.language, {
        year: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      });
    return group;
  };
}

/** The innovation funnel: filters in the URL, a chart of the largest groups, every group in a table, the CSV. */
export function FunnelSection() {
  const { t } = useTranslation('info');
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const set = (patch: Partial<typeof filters>) => setParams(filtersToParams({ ...filters, ...patch }), { replace: true });
  const { data, loading, error, refetch } = useQuery(FunnelOp, { variables: funnelVariables(filters) });
  const label = useGroupLabel(filters.groupBy);
  const groupId = useId();
  const caption = t('funnel.caption', { grouping: t(`funnel.groupings.${filters.groupBy}`) });
  return (
    <section aria-labelledby="funnel-heading" className="navet-stack">
      <Heading level={2} data-size="md" id="funnel-heading">
        {t('funnel.heading')}
      </Heading>
      <Paragraph>{t('funnel.intro')}</Paragraph>
      <div className="navet-row funnel-filters">
        <Field>
          <Label htmlFor={groupId}>{t('funnel.groupBy')}</Label>
          <Select id={groupId} value={filters.groupBy} onChange={(e) => set({ groupBy: e.target.value as FunnelGrouping })}>
            {GROUPINGS.map((g) => (
              <Select.Option key={g} value={g}>
                {t(`funnel.groupings.${g}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield type="date" label={t('funnel.from')} value={filters.from} onChange={(e) => set({ from: e.target.value })} />
        <Textfield type="date" label={t('funnel.to')} value={filters.to} onChange={(e) => set({ to: e.target.value })} />
      </div>
      <Paragraph>
        <Link href={funnelCsvUrl(filters)} download>
          {t('funnel.csv')}
        </Link>
      </Paragraph>
      <QueryState loading={loading} error={error} data={data?.innovationFunnel} onRetry={() => void refetch()}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty>{t('funnel.empty')}</Empty>
          ) : (
            <>
              <FunnelChart rows={chartRows(rows, filters.groupBy)} label={label} />
              <FunnelTable rows={chartRows(rows, filters.groupBy, Infinity)} label={label} caption={caption} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
