import { useMutation } from '@apollo/client/react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../../gql';
import { apiErrors } from '../../../../shared/api-errors';
import { ApiErrorAlerts } from '../../editor/api-error-alerts';

const CloseNeedOp = graphql(`
  mutation BuyerCloseNeed($id: ID!) {
    closeNeed(id: $id) {
      id
      status
      version
    }
  }
`);

/**
 * PUBLISHED -> CLOSED behind a confirmation. A dialog rather than a button, so the outcome and lessons
 * form (issue 13) can slot in above the confirm button.
 */
export function CloseNeedDialog({ needId, onClosed }: { needId: string; onClosed(): void }) {
  const { t } = useTranslation('myNeeds');
  const { t: ts } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [close, { loading, error }] = useMutation(CloseNeedOp);
  async function confirm() {
    const res = await close({ variables: { id: needId } }).catch(() => undefined);
    if (res?.data) {
      dialog.current?.close();
      onClosed();
    }
  }
  return (
    <Dialog.TriggerContext>
      <Dialog.Trigger variant="secondary" data-color="danger">
        {t('close.open')}
      </Dialog.Trigger>
      <Dialog ref={dialog} closedby="any">
        <div className="navet-stack">
          <Heading level={2} data-size="sm">
            {t('close.heading')}
          </Heading>
          <Paragraph>{t('close.body')}</Paragraph>
          <ApiErrorAlerts errors={apiErrors(error)} />
          <div className="navet-row">
            <Button data-color="danger" loading={loading} onClick={() => void confirm()}>
              {t('close.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              {ts('cancel')}
            </Button>
          </div>
        </div>
      </Dialog>
    </Dialog.TriggerContext>
  );
}
