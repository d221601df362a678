import { useQuery } from '@apollo/client/react';
import { Button, Chip, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Loading } from '../../shared/states';
import { cpvLabel } from './labels';

const SearchCpvDocument = graphql(`
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
 * CPV codes by search in Swedish or English (the API ranks labels of both languages); results show their
 * level as indentation so a division and its classes read as a tree. Selected codes are removable chips.
 */
export function CpvPicker({ value, onChange, error, label }: PickerProps) {
  const { t, i18n } = useTranslation('reference');
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const resultsId = useId();
  const { data, loading } = useQuery(SearchCpvDocument, { variables: { query: deferred, first: 15 }, skip: deferred.length < 2 });
  const results = (data?.searchCpvCodes ?? []).filter((c) => !value.includes(c.code));
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
        aria-controls={resultsId}
      />
      <div id={resultsId} aria-live="polite">
        {loading && <Loading />}
        {deferred.length >= 2 && !loading && results.length === 0 && <p>{t('cpv.none')}</p>}
        <ul className="navet-plain-list">
          {results.map((c) => (
            <li key={c.code} style={{ paddingInlineStart: `${(c.level - 1) * 1}rem` }}>
              <Button variant="tertiary" data-size="sm" onClick={() => onChange([...value, c.code])}>
                {c.code} {cpvLabel(c, i18n.language)}
              </Button>
            </li>
          ))}
        </ul>
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
