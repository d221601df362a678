import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { FocusArea } from '../../gql/graphql';
import { apiErrors, fieldErrors } from '../../shared/api-errors';
import { ErrorState } from '../../shared/states';
import { CpvPicker } from '../reference/cpv-picker';
import { cpvPrefixOf } from '../reference/cpv-tree';
import { RegionPicker } from '../reference/region-picker';
import { FOCUS_AREAS } from '../reference/focus-areas';
import type { SearchDraft } from './saved-search-url';

const SaveSearchOp = graphql(`
  mutation NotificationsSaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      id
    }
  }
`);

/** A new saved search: a name and the needs-search filters; new matching needs then raise alerts. */
export function SavedSearchForm({ initial, onSaved }: { initial: SearchDraft; onSaved(): void }) {
  const { t } = useTranslation('notifications');
  const { t: tx } = useTranslation('reference');
  const [draft, setDraft] = useState(initial);
  const [save, { loading, error }] = useMutation(SaveSearchOp, { refetchQueries: ['NotificationsSavedSearches'] });
  const errors = apiErrors(error);
  const byField = fieldErrors(errors);
  const set = <K extends keyof SearchDraft>(k: K, v: SearchDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = {
      name: draft.name,
      query: draft.query.trim() || null,
      cpvPrefixes: draft.cpvCodes.map(cpvPrefixOf),
      regionCodes: draft.regionCodes,
      focusAreas: draft.focusAreas,
    };
    const r = await save({ variables: { input } }).catch(() => null);
    if (r?.data) {
      setDraft({ name: '', query: '', cpvCodes: [], regionCodes: [], focusAreas: [] });
      onSaved();
    }
  }
  const toggle = (f: FocusArea) =>
    set('focusAreas', draft.focusAreas.includes(f) ? draft.focusAreas.filter((x) => x !== f) : [...draft.focusAreas, f]);

  return (
    <form className="navet-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-saved-search">
      <Heading level={2} data-size="sm" id="new-saved-search">
        {t('saved.new')}
      </Heading>
      <Textfield
        label={t('saved.name')}
        value={draft.name}
        onChange={(e) => set('name', e.target.value)}
        error={byField['name']?.message}
        required
      />
      <Textfield
        label={t('saved.query')}
        description={t('saved.queryHelp')}
        value={draft.query}
        onChange={(e) => set('query', e.target.value)}
        error={byField['query']?.message}
      />
      <CpvPicker value={draft.cpvCodes} onChange={(v) => set('cpvCodes', v)} error={byField['cpvPrefixes']?.message} />
      <RegionPicker value={draft.regionCodes} onChange={(v) => set('regionCodes', v)} error={byField['regionCodes']?.message} />
      <Fieldset>
        <Fieldset.Legend>{t('saved.focusAreas')}</Fieldset.Legend>
        <div className="navet-saved-checks">
          {FOCUS_AREAS.map((f) => (
            <Checkbox key={f} label={tx(`focusArea.${f}`)} checked={draft.focusAreas.includes(f)} onChange={() => toggle(f)} />
          ))}
        </div>
      </Fieldset>
      {errors.some((e) => !e.field) && <ErrorState errors={errors.filter((e) => !e.field)} />}
      <div>
        <Button type="submit" disabled={loading}>
          {t('saved.create')}
        </Button>
      </div>
    </form>
  );
}
