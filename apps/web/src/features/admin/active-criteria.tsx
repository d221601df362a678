import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AdminCriteriaConsoleQuery } from '../../gql/graphql';
import { WeightsTable } from './weights-table';

/** The criteria the matcher uses now: weights, thresholds, and who activated them when, and why. */
export function ActiveCriteria({ criteria }: { criteria: AdminCriteriaConsoleQuery['matchCriteria'] }) {
  const { t, i18n } = useTranslation('admin');
  const at = new Date(criteria.createdAt).toLocaleString(i18n.language);
  return (
    <Card data-color="neutral">
      <Heading level={2} data-size="sm">
        {t('criteria.activeTitle', { version: criteria.version })}
      </Heading>
      <Paragraph data-size="sm">
        {t('criteria.activatedBy', { at, by: criteria.createdBy?.name ?? t('criteria.system') })}
      </Paragraph>
      {criteria.note && (
        <Paragraph data-size="sm">
          {t('criteria.note')}: {criteria.note}
        </Paragraph>
      )}
      <WeightsTable criteria={criteria} caption={t('criteria.activeTitle', { version: criteria.version })} />
    </Card>
  );
}
