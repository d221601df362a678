import { useMutation } from '@apollo/client/react';
import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../../gql';
import { apiErrors, fieldErrors, type ApiError } from '../../../../shared/api-errors';
import { ApiErrorAlerts } from '../../editor/api-error-alerts';
import { OutcomeFields } from './outcome-fields';
import { emptyOutcome, toOutcomeInput, type OutcomeValues } from './outcome-form-state';

const CloseNeedOp = graphql(`
  mutation BuyerCloseNeed($id: ID!, $outcome: NeedOutcomeInput) {
    closeNeed(id: $id, outcome: $outcome) {
      id
      status
      version
      outcome {
        result
        summary
      }
    }
  }
`);

/** PUBLISHED -> CLOSED behind a confirmation that records what happened, for the buyers who come after. */
export function CloseNeedDialog({ needId, onClosed }: { needId: string; onClosed(): void }) {
  const { t } = useTranslation('myNeeds');
  const { t: ts } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<OutcomeValues>(emptyOutcome);
  const [missingResult, setMissingResult] = useState(false);
  const [close, { loading, error }] = useMutation(CloseNeedOp);
  const errors = apiErrors(error);
  const byField: Record<string, ApiError | undefined> = fieldErrors(errors);
  if (missingResult) byField.result ??= { code: 'BAD_USER_INPUT', field: 'result', message: t('close.resultRequired') };

  async function confirm(e: FormEvent) {
    e.preventDefault();
    const outcome = toOutcomeInput(values);
    setMissingResult(!outcome);
    if (!outcome) return;
    const res = await close({ variables: { id: needId, outcome } }).catch(() => undefined);
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
      <Dialog ref={dialog} closedby="any" aria-labelledby="close-need-heading">
        <form className="navet-stack" onSubmit={(e) => void confirm(e)} noValidate>
          <Heading level={2} data-size="sm" id="close-need-heading">
            {t('close.heading')}
          </Heading>
          <Paragraph>{t('close.body')}</Paragraph>
          <OutcomeFields needId={needId} values={values} onChange={setValues} errors={byField} />
          <ApiErrorAlerts errors={errors.filter((x) => !x.field)} />
          <div className="navet-row">
            <Button type="submit" data-color="danger" loading={loading}>
              {t('close.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              {ts('cancel')}
            </Button>
          </div>
        </form>
      </Dialog>
    </Dialog.TriggerContext>
  );
}
