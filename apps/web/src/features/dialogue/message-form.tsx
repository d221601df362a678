import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { apiErrors, fieldErrors } from '../../shared/api-errors';
import { ErrorState } from '../../shared/states';

const SendOp = graphql(`
  mutation DialogueSendMessage(
    $dialogueId: ID!
    $body: String!
    $confidentialityRequested: Boolean
    $confidentialityReason: String
  ) {
    sendDialogueMessage(
      dialogueId: $dialogueId
      body: $body
      confidentialityRequested: $confidentialityRequested
      confidentialityReason: $confidentialityReason
    ) {
      id
    }
  }
`);

/** A new message; a supplier may ask for confidentiality (a public buyer's mail is a public document by default). */
export function MessageForm({ dialogueId, supplierSide }: { dialogueId: string; supplierSide: boolean }) {
  const { t } = useTranslation('dialogue');
  const [body, setBody] = useState('');
  const [confidential, setConfidential] = useState(false);
  const [reason, setReason] = useState('');
  const [send, { loading, error }] = useMutation(SendOp, { refetchQueries: ['DialogueThread', 'DialogueList'] });
  const errors = apiErrors(error);
  const byField = fieldErrors(errors);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await send({
      variables: {
        dialogueId,
        body,
        confidentialityRequested: supplierSide ? confidential : null,
        confidentialityReason: supplierSide && confidential ? reason : null,
      },
    }).catch(() => null);
    if (r?.data) {
      setBody('');
      setConfidential(false);
      setReason('');
    }
  }

  return (
    <form className="navet-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-message">
      <Heading level={2} data-size="xs" id="new-message">
        {t('newMessage')}
      </Heading>
      <Textfield
        multiline
        rows={4}
        label={t('body')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={byField['body']?.message}
        required
      />
      {supplierSide && (
        <>
          <Checkbox
            label={t('requestConfidential')}
            description={t('requestConfidentialHelp')}
            checked={confidential}
            onChange={(e) => setConfidential(e.target.checked)}
          />
          {confidential && (
            <Textfield
              label={t('confidentialReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={byField['confidentialityReason']?.message}
            />
          )}
        </>
      )}
      {errors.some((e) => !e.field) && <ErrorState errors={errors.filter((e) => !e.field)} />}
      <div>
        <Button type="submit" disabled={loading}>
          {t('send')}
        </Button>
      </div>
    </form>
  );
}
