import { useQuery } from '@apollo/client/react';
import { Chip, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Loading } from '../../shared/states';
import { CpvNode } from './cpv-node';
import './reference.css';

const SearchCpvOp = graphql(`
  query SearchCpv($query: String!, $first: Int) {
    searchCpvCodes(query: $query, first: $first) {
      code
      labelSv
      labelEn
      level
      parentCode
    }
  }
`);

export interface PickerProps {
  value: string[];
  onChange(value: string[]): void;
  /** The API's message for this field (extensions.field), shown under it. */
  error?: string;
  label?: string;
}

/**
 * A searchable CPV tree: search in Swedish or English (the API ranks labels of both languages, and a code
 * prefix finds the code's branch); each result shows its ancestors and opens its children, so a supplier
 * can move up or down to the right specificity. Selected codes are removable chips.
 */
export function CpvPicker({ value, onChange, error, label }: PickerProps) {
  const { t } = useTranslation('reference');
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const resultsId = useId();
  const { data, loading } = useQuery(SearchCpvOp, { variables: { query: deferred, first: 15 }, skip: deferred.length < 2 });
  const results = data?.searchCpvCodes ?? [];
  const toggle = (code: string) => onChange(value.includes(code) ? value.filter((c) => c !== code) : [...value, code]);
  return (
    <Fieldset>
      <Fieldset.Legend>{label ?? t('cpv.label')}</Fieldset.Legend>
      <Fieldset.Description>{t('cpv.description')}</Fieldset.Description>
      {value.length > 0 && (
        <ul className="navet-row navet-plain-list" aria-label={t('cpv.selected')}>
          {value.map((code) => (
            <li key={code}>
              <Chip.Removable aria-label={t('cpv.remove', { code })} onClick={() => onChange(value.filter((c) => c !== code))}>
                {code}
              </Chip.Removable>
            </li>
          ))}
        </ul>
      )}
      <Textfield
        label={t('cpv.searchLabel')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-controls={results.length > 0 ? resultsId : undefined}
      />
      <div aria-live="polite">
        {loading && <Loading />}
        {deferred.length >= 2 && !loading && results.length === 0 && <p>{t('cpv.none')}</p>}
      </div>
      {results.length > 0 && (
        <ul id={resultsId} className="navet-plain-list navet-cpv-results" aria-label={t('cpv.results')}>
          {results.map((c) => (
            <CpvNode key={c.code} cpv={c} selected={value} onToggle={toggle} showPath />
          ))}
        </ul>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
