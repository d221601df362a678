import { useMutation } from '@apollo/client/react';
import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { FormErrors, formErrors, useFieldMessage } from '../../../shared/form-errors';
import { useSession } from '../../identity/session';
import type { NeedSearchState } from './search-params';

const SaveSearchOp = graphql(`
  mutation NeedSearchSave($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      id
      name
    }
  }
`);

/** For signed-in suppliers: the current query and filters become a saved search with alerts. */
export function SaveSearch({ state }: { state: NeedSearchState }) {
  const { t } = useTranslation('needSearch');
  const session = useSession();
  const message = useFieldMessage();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [save, { data, loading, error, reset }] = useMutation(SaveSearchOp);
  if (session.me?.role !== 'SUPPLIER') return null;
  const { byField, other } = formErrors(error);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { query, focusAreas, regionCodes, cpvPrefixes } = state;
    await save({ variables: { input: { name, query: query || null, focusAreas, regionCodes, cpvPrefixes } } }).catch(
      () => undefined,
    );
  }

  if (data) return <Alert data-color="success">{t('save.saved')}</Alert>;
  if (!open)
    return (
      <Button variant="secondary" data-size="sm" onClick={() => (reset(), setOpen(true))}>
        {t('save.open')}
      </Button>
    );
  return (
    <form onSubmit={submit} className="navet-row">
      <Textfield
        label={t('save.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        error={message(byField['name'])}
      />
      <FormErrors errors={other} />
      <Button type="submit" loading={loading}>
        {t('save.submit')}
      </Button>
    </form>
  );
}
