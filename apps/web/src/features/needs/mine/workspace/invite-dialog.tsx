import { useMutation } from '@apollo/client/react';
import { Button, Dialog, Heading, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../../gql';
import { apiErrors, fieldErrors } from '../../../../shared/api-errors';
import { ApiErrorAlerts } from '../../editor/api-error-alerts';

export const InviteOp = graphql(`
  mutation BuyerInviteSupplier($needId: ID!, $supplierId: ID!, $message: String) {
    inviteSupplier(needId: $needId, supplierId: $supplierId, message: $message) {
      id
      status
      buyerInvited
      invitationMessage
    }
  }
`);

/** Invite a supplier to a need with an optional message; the API creates the match when there is none. */
export function InviteDialog({
  needId,
  supplierId,
  supplierName,
  onInvited,
}: {
  needId: string;
  supplierId: string;
  supplierName: string;
  onInvited?: () => void;
}) {
  const { t } = useTranslation('myNeeds');
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState('');
  const [invite, { loading, error }] = useMutation(InviteOp);
  const errors = apiErrors(error);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await invite({ variables: { needId, supplierId, message: message.trim() || null } }).catch(() => undefined);
    if (res?.data) {
      dialog.current?.close();
      onInvited?.();
    }
  }
  return (
    <Dialog.TriggerContext>
      <Dialog.Trigger data-size="sm">{t('suggestions.invite')}</Dialog.Trigger>
      <Dialog ref={dialog} closedby="any">
        <form onSubmit={submit} className="navet-form">
          <Heading level={2} data-size="sm">
            {t('suggestions.inviteHeading', { name: supplierName })}
          </Heading>
          <Textfield
            multiline
            rows={4}
            label={t('suggestions.message')}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            error={fieldErrors(errors)['message']?.message}
          />
          <ApiErrorAlerts errors={errors.filter((x) => !x.field)} />
          <div>
            <Button type="submit" loading={loading}>
              {t('suggestions.send')}
            </Button>
          </div>
        </form>
      </Dialog>
    </Dialog.TriggerContext>
  );
}
