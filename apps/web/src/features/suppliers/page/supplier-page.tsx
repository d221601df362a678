import { useQuery } from '@apollo/client/react';
import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '../../../gql';
import { ErrorState, QueryState } from '../../../shared/states';
import { useTitle } from '../../../shared/use-title';
import { RequireRole } from '../../identity/require-role';
import { cpvLabel } from '../../reference/labels';
import { InviteToNeed } from './invite-to-need';
import './page.css';

const SupplierProfileOp = graphql(`
  query SupplierPageProfile($id: ID!) {
    supplierProfile(id: $id) {
      id
      headline
      description
      companySize
      readiness
      focusAreas
      offerings
      contactEmail
      organization {
        id
        name
        website
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
      references {
        title
        customer
        year
        description
      }
    }
  }
`);

export function SupplierPage() {
  return (
    <RequireRole roles={['BUYER', 'ADMIN']}>
      <Supplier />
    </RequireRole>
  );
}

function Supplier() {
  const { t, i18n } = useTranslation('suppliers');
  const { t: tn } = useTranslation('needEditor');
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SupplierProfileOp, { variables: { id } });
  const s = data?.supplierProfile;
  useTitle(s?.organization.name ?? t('title'));
  return (
    <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
      {() =>
        !s ? (
          <ErrorState errors={[{ code: 'NOT_FOUND', message: t('page.notFound') }]} />
        ) : (
          <article className="navet-stack">
            <Heading level={1} data-size="lg">
              {s.organization.name}
            </Heading>
            <Paragraph data-size="lg">{s.headline}</Paragraph>
            <div className="navet-row">
              <Tag data-color="neutral">{t(`search.size.${s.companySize}`)}</Tag>
              <Tag data-color="neutral">{tn(`readiness.${s.readiness}`)}</Tag>
              {s.focusAreas.map((f) => (
                <Tag key={f} data-color="info">
                  {tn(`focus.${f}`)}
                </Tag>
              ))}
            </div>
            <Heading level={2} data-size="sm">
              {t('page.about')}
            </Heading>
            <Paragraph className="supplier-text">{s.description}</Paragraph>
            {s.offerings.length > 0 && (
              <>
                <Heading level={2} data-size="sm">
                  {t('page.offerings')}
                </Heading>
                <ul>
                  {s.offerings.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              </>
            )}
            <Heading level={2} data-size="sm">
              {t('page.cpv')}
            </Heading>
            <ul>
              {s.cpvCodes.map((c) => (
                <li key={c.code}>
                  {c.code} {cpvLabel(c, i18n.language)}
                </li>
              ))}
            </ul>
            <Heading level={2} data-size="sm">
              {t('page.regions')}
            </Heading>
            <Paragraph>{s.regions.map((r) => r.name).join(', ')}</Paragraph>
            {s.references.length > 0 && (
              <>
                <Heading level={2} data-size="sm">
                  {t('page.references')}
                </Heading>
                <ul className="navet-plain-list navet-stack">
                  {s.references.map((r, i) => (
                    <li key={i}>
                      <Card data-color="neutral">
                        <Heading level={3} data-size="xs">
                          {r.title}
                        </Heading>
                        <Paragraph data-size="sm">{[r.customer, r.year].filter(Boolean).join(', ')}</Paragraph>
                        {r.description && <Paragraph>{r.description}</Paragraph>}
                      </Card>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <Heading level={2} data-size="sm">
              {t('page.contact')}
            </Heading>
            {s.contactEmail ? (
              <Paragraph>
                <Link href={`mailto:${s.contactEmail}`}>{s.contactEmail}</Link>
              </Paragraph>
            ) : (
              <Paragraph>{t('page.contactHidden')}</Paragraph>
            )}
            {s.organization.website && (
              <Paragraph>
                {t('page.website')}: <Link href={s.organization.website}>{s.organization.website}</Link>
              </Paragraph>
            )}
            <InviteToNeed supplierId={s.id} />
          </article>
        )
      }
    </QueryState>
  );
}
