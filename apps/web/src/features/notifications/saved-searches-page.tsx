import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { Empty, ErrorState, QueryState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';
import { RequireRole } from '../identity/require-role';
import { SavedSearchForm } from './saved-search-form';
import { draftFromUrl } from './saved-search-url';
import './notifications.css';

const SavedSearchesOp = graphql(`
  query NotificationsSavedSearches {
    savedSearches {
      id
      name
      query
      cpvPrefixes
      regionCodes
      focusAreas
      createdAt
    }
  }
`);
const DeleteOp = graphql(`
  mutation NotificationsDeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`);

/** Saved searches: every new published need that fits one raises an alert (in-app, e-mail per the settings). */
function SavedSearches() {
  const { t } = useTranslation('notifications');
  const { t: tx } = useTranslation('reference');
  useTitle(t('saved.title'));
  const [params] = useSearchParams();
  const [created, setCreated] = useState(false);
  const { data, loading, error, refetch } = useQuery(SavedSearchesOp, { fetchPolicy: 'cache-and-network' });
  const [remove, removing] = useMutation(DeleteOp, { refetchQueries: ['NotificationsSavedSearches'] });
  const dash = (xs: readonly string[]) => (xs.length ? xs.join(', ') : '–');
  return (
    <div className="navet-stack">
      <Heading level={1}>{t('saved.title')}</Heading>
      <Paragraph>{t('saved.intro')}</Paragraph>
      <div aria-live="polite">{created && <Paragraph>{t('saved.created')}</Paragraph>}</div>
      {removing.error && <ErrorState error={removing.error} />}
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(d) =>
          d.savedSearches.length === 0 ? (
            <Empty>{t('saved.none')}</Empty>
          ) : (
            <ul className="navet-plain-list navet-notification-list" aria-label={t('saved.listLabel')}>
              {d.savedSearches.map((s) => (
                <li key={s.id}>
                  <Card className="navet-notification" data-color="neutral">
                    <Heading level={2} data-size="xs">
                      {s.name}
                    </Heading>
                    <dl className="navet-saved-facts">
                      <dt>{t('saved.query')}</dt>
                      <dd>{s.query || '–'}</dd>
                      <dt>{t('saved.cpv')}</dt>
                      <dd>{dash(s.cpvPrefixes)}</dd>
                      <dt>{t('saved.regions')}</dt>
                      <dd>{dash(s.regionCodes)}</dd>
                      <dt>{t('saved.focusAreas')}</dt>
                      <dd>{dash(s.focusAreas.map((f) => tx(`focusArea.${f}`)))}</dd>
                    </dl>
                    <div>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        disabled={removing.loading}
                        onClick={() => void remove({ variables: { id: s.id } }).catch(() => undefined)}
                      >
                        {t('saved.delete', { name: s.name })}
                      </Button>
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <SavedSearchForm initial={draftFromUrl(params)} onSaved={() => setCreated(true)} />
    </div>
  );
}

export function SavedSearchesPage() {
  return (
    <RequireRole roles={['SUPPLIER']}>
      <SavedSearches />
    </RequireRole>
  );
}
