import { useMutation } from '@apollo/client/react';
import { Alert, Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import type { NeedStatus } from '../../../gql/graphql';
import { apiErrors } from '../../../shared/api-errors';
import { ApiErrorAlerts } from './api-error-alerts';
import { useSession } from '../../identity/session';

const PublishOp = graphql(`
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
 * DRAFT -> PUBLISHED (renders nothing for other statuses). An unverified organization is told up front why publishing will be refused; the
 * API still decides (its FORBIDDEN message is shown as well).
 */
export function PublishNeedButton({
  needId,
  status,
  onPublished,
}: {
  needId: string;
  status: NeedStatus;
  onPublished?: () => void;
}) {
  const { t } = useTranslation('needEditor');
  const { me } = useSession();
  const [publish, { loading, error, data }] = useMutation(PublishOp);
  const unverified = me?.organization.verified === false;
  // After publishing the parent's need is PUBLISHED: keep the confirmation, drop the button.
  if (data)
    return (
      <Alert data-color="success" role="status">
        {t('published')}
      </Alert>
    );
  if (status !== 'DRAFT') return null;
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
      <ApiErrorAlerts errors={apiErrors(error)} />
    </div>
  );
}
