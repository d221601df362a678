import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { WEIGHT_KEYS, type CriteriaLike } from './criteria-input';
import { TableScroll } from './table-scroll';

/** A criteria version's weights and thresholds as a two-column table. */
export function WeightsTable({ criteria, caption }: { criteria: CriteriaLike; caption: string }) {
  const { t, i18n } = useTranslation('admin');
  const fmt = (n: number) => n.toLocaleString(i18n.language, { maximumFractionDigits: 3 });
  const rows: [string, string][] = [
    ...WEIGHT_KEYS.map((k): [string, string] => [t(`criteria.signals.${k}`), fmt(criteria.weights[k])]),
    [t('criteria.minScore'), fmt(criteria.minScore)],
    [t('criteria.maxSuggestions'), fmt(criteria.maxSuggestionsPerNeed)],
  ];
  return (
    <TableScroll label={caption}>
      <Table data-size="sm">
        <caption className="admin-visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('criteria.signal')}</Table.HeaderCell>
            <Table.HeaderCell className="admin-number">{t('criteria.value')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map(([label, value]) => (
            <Table.Row key={label}>
              <Table.Cell>{label}</Table.Cell>
              <Table.Cell className="admin-number">{value}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
