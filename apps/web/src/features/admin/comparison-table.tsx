import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { comparisonRows, formatFigure, type Figures } from './comparison';
import { TableScroll } from './table-scroll';

/** Candidate and active figures side by side with the difference; better/worse is written, not only coloured. */
export function ComparisonTable({
  candidate,
  active,
  activeVersion,
}: {
  candidate: Figures;
  active: Figures;
  activeVersion: number;
}) {
  const { t, i18n } = useTranslation('admin');
  const lng = i18n.language;
  return (
    <TableScroll label={t('criteria.comparisonCaption', { version: activeVersion })}>
      <Table zebra>
        <caption>{t('criteria.comparisonCaption', { version: activeVersion })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('criteria.metric')}</Table.HeaderCell>
            <Table.HeaderCell className="admin-number">{t('criteria.candidate')}</Table.HeaderCell>
            <Table.HeaderCell className="admin-number">{t('criteria.active')}</Table.HeaderCell>
            <Table.HeaderCell className="admin-number">{t('criteria.difference')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {comparisonRows(candidate, active).map((row) => (
            <Table.Row key={row.metric}>
              <Table.HeaderCell scope="row">{t(`criteria.metrics.${row.metric}`)}</Table.HeaderCell>
              <Table.Cell className="admin-number">{formatFigure(row.metric, row.candidate, false, lng)}</Table.Cell>
              <Table.Cell className="admin-number">{formatFigure(row.metric, row.active, false, lng)}</Table.Cell>
              <Table.Cell className={`admin-number admin-${row.trend}`}>
                {formatFigure(row.metric, row.difference, true, lng)}
                {row.trend === 'better' || row.trend === 'worse' ? ` (${t(`criteria.trend.${row.trend}`)})` : ''}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
