import { Button, Details, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { NeedSearchResultsQuery } from '../../../gql/graphql';
import { lazy, Suspense, useState } from 'react';
import { Loading } from '../../../shared/states';

const CpvPicker = lazy(async () => ({ default: (await import('../../reference/cpv-picker')).CpvPicker }));
const RegionPicker = lazy(async () => ({ default: (await import('../../reference/region-picker')).RegionPicker }));
import { useFacetLabel } from './facet-labels';
import { FacetList } from './facet-list';
import { cpvPrefix, FACET_KEYS, type ListKey, type NeedSearchState, toggleValue } from './search-params';

type Facets = NeedSearchResultsQuery['searchNeeds']['facets'];
const ORDER = ['focusAreas', 'regionCodes', 'cpvDivisions', 'readiness'] as const;

/** Facet checkboxes with counts, and pickers for a CPV code or region that is not among the facets. */
export function SearchFilters({
  state,
  facets,
  onChange,
}: {
  state: NeedSearchState;
  facets: Facets;
  onChange: (next: NeedSearchState) => void;
}) {
  const { t } = useTranslation('needSearch');
  // The pickers (and their CPV tree) load when the fold-out opens: most searches never need them.
  const [pickersOpen, setPickersOpen] = useState(false);
  const label = useFacetLabel();
  const set = (key: ListKey, values: string[]) => onChange({ ...state, [key]: [...new Set(values)], page: 1 });
  const any = ORDER.some((f) => state[FACET_KEYS[f]!].length > 0);
  return (
    <section className="navet-search-filters" aria-labelledby="navet-filters-heading">
      <Heading level={2} data-size="xs" id="navet-filters-heading">
        {t('filters')}
      </Heading>
      {any && (
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => onChange({ ...state, focusAreas: [], regionCodes: [], cpvPrefixes: [], readiness: [], page: 1 })}
        >
          {t('clear')}
        </Button>
      )}
      {ORDER.map((field) => {
        const key = FACET_KEYS[field]!;
        return (
          <FacetList
            key={field}
            legend={t(`facet.${field}`)}
            values={facets.find((f) => f.field === field)?.values ?? []}
            selected={state[key]}
            label={(v) => label(field, v)}
            onToggle={(v) => onChange(toggleValue(state, key, v))}
          />
        );
      })}
      <Details onToggle={(e) => setPickersOpen((e.target as HTMLDetailsElement).open)}>
        <Details.Summary>{t('moreFilters')}</Details.Summary>
        <Details.Content className="navet-stack">
          {pickersOpen && (
            <Suspense fallback={<Loading />}>
              <CpvPicker value={state.cpvPrefixes} onChange={(codes) => set('cpvPrefixes', codes.map(cpvPrefix))} />
              <RegionPicker value={state.regionCodes} onChange={(codes) => set('regionCodes', codes)} />
            </Suspense>
          )}
        </Details.Content>
      </Details>
    </section>
  );
}
