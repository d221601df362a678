import { Button, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, type FunnelRow } from './funnel';

const SHOWN = 20;

/** Every group's numbers: the accessible form of the chart, capped with "show all" for long groupings. */
export function FunnelTable({ rows, label, caption }: { rows: FunnelRow[]; label: (group: string) => string; caption: string }) {
  const { t, i18n } = useTranslation('info');
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <>
      <div className="funnel-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <Table data-size="sm" zebra>
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('funnel.group')}</Table.HeaderCell>
              {STAGES.map((s) => (
                <Table.HeaderCell key={s} scope="col" className="navet-number">
                  {t(`funnel.stages.${s}`)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {shown.map((r) => (
              <Table.Row key={r.group}>
                <Table.HeaderCell scope="row">{label(r.group)}</Table.HeaderCell>
                {STAGES.map((s) => (
                  <Table.Cell key={s} className="navet-number">
                    {r[s].toLocaleString(i18n.language)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {!all && rows.length > SHOWN && (
        <div>
          <Button variant="tertiary" onClick={() => setAll(true)}>
            {t('funnel.showAll', { count: rows.length })}
          </Button>
        </div>
      )}
    </>
  );
}
