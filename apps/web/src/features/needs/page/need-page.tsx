import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { graphql } from '../../../gql';
import { ErrorState, QueryState } from '../../../shared/states';
import { useTitle } from '../../../shared/use-title';
import { useSession } from '../../identity/session';
import { Clarifications } from './clarifications';
import { NeedFacts } from './need-facts';
import { NeedOutcomeSection } from './need-outcome';
import { SupplierActions } from './supplier-actions';
import './need-page.css';

const NeedOp = graphql(`
  query NeedPageNeed($id: ID!) {
    need(id: $id) {
      id
      title
      summary
      description
      desiredOutcomes
      status
      stage
      readiness
      focusAreas
      dialogueDeadline
      publishedAt
      estimatedValueSekBig
      ledgerLength
      outcome {
        result
        summary
        lessonsLearned
        recordedAt
        contractedSuppliers {
          id
          organization {
            id
            name
          }
        }
      }
      buyer {
        id
        name
      }
      cpvCodes {
        code
        labelSv
        labelEn
      }
      regions {
        code
        name
      }
      clarifications {
        id
        question
        answer
        publishedAt
      }
      buyerGroup {
        id
        name
        members {
          id
          name
        }
      }
    }
  }
`);

/** A published (or closed) need as a public document; suppliers act on it, the owning buyer manages it. */
export function NeedPage() {
  const { t } = useTranslation('needPage');
  const { id = '' } = useParams();
  const session = useSession();
  const { data, loading, error, refetch } = useQuery(NeedOp, { variables: { id } });
  const need = data?.need;
  useTitle(need?.title ?? t('title'));
  return (
    <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
      {() =>
        !need ? (
          <ErrorState errors={[{ code: 'NOT_FOUND', message: need === null ? id : '' }]} />
        ) : (
          <article className="navet-need-page">
            <Paragraph data-size="sm">
              <Link asChild>
                <RouterLink to={paths.home}>{t('back')}</RouterLink>
              </Link>
            </Paragraph>
            <Heading level={1} data-size="lg">
              {need.title}
            </Heading>
            <Paragraph data-size="sm">
              {t('buyer')}: {need.buyer.name}
            </Paragraph>
            {need.status === 'CLOSED' && <Alert data-color="info">{t('closed')}</Alert>}
            {session.me?.organization.id === need.buyer.id && (
              <Paragraph>
                <Link asChild>
                  <RouterLink to={paths.buyerNeed(need.id)}>{t('owner')}</RouterLink>
                </Link>
              </Paragraph>
            )}
            <div className="navet-need-columns">
              <div className="navet-stack navet-need-main">
                {need.outcome && <NeedOutcomeSection outcome={need.outcome} />}
                <section aria-labelledby="need-problem">
                  <Heading level={2} data-size="sm" id="need-problem">
                    {t('problem')}
                  </Heading>
                  <Paragraph data-size="lg">{need.summary}</Paragraph>
                  <Paragraph className="navet-prewrap">{need.description}</Paragraph>
                </section>
                {need.desiredOutcomes.length > 0 && (
                  <section aria-labelledby="need-outcomes">
                    <Heading level={2} data-size="sm" id="need-outcomes">
                      {t('outcomes')}
                    </Heading>
                    <ul>
                      {need.desiredOutcomes.map((o, i) => (
                        <li key={i}>{o}</li>
                      ))}
                    </ul>
                  </section>
                )}
                <Clarifications items={need.clarifications} />
                {need.status === 'PUBLISHED' && <SupplierActions needId={need.id} />}
              </div>
              <NeedFacts need={need} />
            </div>
          </article>
        )
      }
    </QueryState>
  );
}
