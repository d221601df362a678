import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorState } from '../../shared/states';

const RotateSecretOp = graphql(`
  mutation NotificationsRotateWebhookSecret {
    rotateWebhookSecret
  }
`);

/**
 * A new signing secret for the webhook. The API returns it once and never again, so it is shown here,
 * only in this component's state, until the user leaves the screen.
 */
export function WebhookSecret() {
  const { t } = useTranslation('notifications');
  const [rotate, { data, loading, error }] = useMutation(RotateSecretOp, { fetchPolicy: 'no-cache' });
  return (
    <section className="navet-stack" aria-labelledby="webhook-secret-heading">
      <Heading level={2} data-size="sm" id="webhook-secret-heading">
        {t('secret.title')}
      </Heading>
      <Paragraph>{t('secret.intro')}</Paragraph>
      <div>
        <Button variant="secondary" onClick={() => void rotate().catch(() => undefined)} disabled={loading}>
          {t('secret.rotate')}
        </Button>
      </div>
      {error && <ErrorState error={error} />}
      <div aria-live="polite">
        {data && (
          <Alert data-color="warning">
            <Heading level={3} data-size="xs">
              {t('secret.once')}
            </Heading>
            <Paragraph>
              {t('secret.label')} <code className="navet-secret">{data.rotateWebhookSecret}</code>
            </Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}
