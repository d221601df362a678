import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { NeedPageNeedQuery } from '../../../gql/graphql';
import { useEnumLabels } from '../../../shared/enum-labels';
import { cpvLabel } from '../../reference/labels';

type Need = NonNullable<NeedPageNeedQuery['need']>;

/** The need's classification and dates as a description list beside the text. */
export function NeedFacts({ need }: { need: Need }) {
  const { t, i18n } = useTranslation('needPage');
  const labels = useEnumLabels();
  const date = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString(i18n.language) : null);
  const list = (items: string[]) =>
    items.length ? (
      <ul className="navet-plain-list">
        {items.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
    ) : (
      t('none')
    );
  return (
    <aside className="navet-need-facts" aria-labelledby="need-facts">
      <Heading level={2} data-size="xs" id="need-facts">
        {t('facts')}
      </Heading>
      <dl>
        <dt>{t('deadline')}</dt>
        <dd>{date(need.dialogueDeadline) ?? t('noDeadline')}</dd>
        <dt>{t('stage')}</dt>
        <dd>{labels.stage(need.stage)}</dd>
        <dt>{t('readiness')}</dt>
        <dd>{labels.readiness(need.readiness)}</dd>
        <dt>{t('focusAreas')}</dt>
        <dd>{list(need.focusAreas.map(labels.focusArea))}</dd>
        <dt>{t('cpv')}</dt>
        <dd>{list(need.cpvCodes.map((c) => `${c.code} ${cpvLabel(c, i18n.language)}`))}</dd>
        <dt>{t('regions')}</dt>
        <dd>{list(need.regions.map((r) => (r.name && r.name !== r.code ? `${r.name} (${r.code})` : r.code)))}</dd>
        <dt>{t('value')}</dt>
        <dd>
          {need.estimatedValueSekBig != null
            ? t('valueSek', { value: need.estimatedValueSekBig.toLocaleString(i18n.language) })
            : t('none')}
        </dd>
        <dt>{t('published')}</dt>
        <dd>{date(need.publishedAt) ?? t('none')}</dd>
      </dl>
      {need.buyerGroup && (
        <>
          <Heading level={2} data-size="xs">
            {t('buyerGroup')}: {need.buyerGroup.name}
          </Heading>
          <p>{t('buyerGroupIntro')}</p>
          {list(need.buyerGroup.members.map((m) => m.name))}
        </>
      )}
      <p>{t('ledger', { count: need.ledgerLength })}</p>
    </aside>
  );
}
