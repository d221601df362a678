import { useMutation } from '@apollo/client/react';
import { Alert, Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { apiErrors } from '../../../shared/api-errors';
import { ApiErrorAlerts } from './api-error-alerts';
import { useSession } from '../../identity/session';

const PublishDocument = graphql(`
  mutation NeedEditorPublish($id: ID!) {
    publishNeed(id: $id) {
      id
      status
      version
      publishedAt
    }
  }
`);

/**
 * DRAFT -> PUBLISHED. An unverified organization is told up front why publishing will be refused; the
 * API still decides (its FORBIDDEN message is shown as well).
 */
export function PublishNeedButton({ needId, onPublished }: { needId: string; onPublished?: () => void }) {
  const { t } = useTranslation('needEditor');
  const { me } = useSession();
  const [publish, { loading, error, data }] = useMutation(PublishDocument);
  const unverified = me?.organization.verified === false;
  return (
    <div className="navet-stack">
      {unverified && <Alert data-color="warning">{t('unverified')}</Alert>}
      <div>
        <Button
          loading={loading}
          onClick={() =>
            void publish({ variables: { id: needId } })
              .then(() => onPublished?.())
              .catch(() => undefined)
          }
        >
          {t('publish')}
        </Button>
      </div>
      {data && (
        <Alert data-color="success" role="status">
          {t('published')}
        </Alert>
      )}
      <ApiErrorAlerts errors={apiErrors(error)} />
    </div>
  );
}
