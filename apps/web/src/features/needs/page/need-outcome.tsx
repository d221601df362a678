import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import type { NeedPageNeedQuery } from '../../../gql/graphql';

type Outcome = NonNullable<NonNullable<NeedPageNeedQuery['need']>['outcome']>;

/** What came of a closed need, as its buyer recorded it: public, so others can learn from it. */
export function NeedOutcomeSection({ outcome }: { outcome: Outcome }) {
  const { t, i18n } = useTranslation('needPage');
  return (
    <Card asChild data-color="info">
      <section className="navet-stack" aria-labelledby="need-outcome-heading">
        <Heading level={2} data-size="sm" id="need-outcome-heading">
          {t('outcome.heading')}
        </Heading>
        <div className="navet-row">
          <Tag data-color="info">{t(`outcome.results.${outcome.result}`)}</Tag>
          <Paragraph data-size="sm">
            {t('outcome.recorded', { date: new Date(outcome.recordedAt).toLocaleDateString(i18n.language) })}
          </Paragraph>
        </div>
        <Paragraph className="navet-prewrap">{outcome.summary}</Paragraph>
        {outcome.lessonsLearned && (
          <>
            <Heading level={3} data-size="xs">
              {t('outcome.lessons')}
            </Heading>
            <Paragraph className="navet-prewrap">{outcome.lessonsLearned}</Paragraph>
          </>
        )}
        {outcome.contractedSuppliers.length > 0 && (
          <>
            <Heading level={3} data-size="xs">
              {t('outcome.suppliers')}
            </Heading>
            <ul>
              {outcome.contractedSuppliers.map((s) => (
                <li key={s.id}>
                  <Link asChild>
                    <RouterLink to={paths.supplier(s.id)}>{s.organization.name}</RouterLink>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </Card>
  );
}
