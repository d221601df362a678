import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Heading, Textarea, Field, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { apiErrors, knownCode } from '../../shared/api-errors';
import { ErrorState } from '../../shared/states';
import { inputFromCriteria, type CriteriaLike } from './criteria-input';
import { splitErrors } from './form-errors';

const ActivateOp = graphql(`
  mutation AdminActivateCriteria($input: MatchCriteriaInput!, $rematch: Boolean!) {
    updateMatchCriteria(input: $input, rematch: $rematch) {
      version
    }
  }
`);

/** Activates exactly the replayed criteria as a new version, with the admin's note and an optional re-match. */
export function ActivateForm({ criteria }: { criteria: CriteriaLike }) {
  const { t } = useTranslation('admin');
  const { t: tShared } = useTranslation();
  const [note, setNote] = useState('');
  const [rematch, setRematch] = useState(true);
  const [activate, { data, loading, error }] = useMutation(ActivateOp, {
    refetchQueries: ['AdminCriteriaConsole', 'AdminCriteriaHistory'],
    awaitRefetchQueries: true,
  });
  const { byField, unplaced } = splitErrors(apiErrors(error), ['note']);
  const noteError = byField['note'];

  async function submit(e: FormEvent) {
    e.preventDefault();
    await activate({ variables: { input: inputFromCriteria(criteria, note), rematch } }).catch(() => undefined);
  }

  return (
    <form onSubmit={submit} noValidate className="navet-form">
      <Heading level={3} data-size="xs">
        {t('criteria.activateTitle')}
      </Heading>
      <Field>
        <Label>{t('criteria.activateNote')}</Label>
        <Textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} required aria-invalid={!!noteError} />
        {noteError && (
          <ValidationMessage>
            {tShared(`errors.${knownCode(noteError.code)}`)} {noteError.message}
          </ValidationMessage>
        )}
      </Field>
      <Checkbox label={t('criteria.rematch')} checked={rematch} onChange={(e) => setRematch(e.target.checked)} />
      {unplaced.length > 0 && <ErrorState errors={unplaced} />}
      {data && (
        <Alert data-color="success" role="status">
          {t('criteria.activated', { version: data.updateMatchCriteria.version })}
        </Alert>
      )}
      <div className="navet-row">
        <Button type="submit" loading={loading} disabled={!!data}>
          {t('criteria.activate')}
        </Button>
      </div>
    </form>
  );
}
