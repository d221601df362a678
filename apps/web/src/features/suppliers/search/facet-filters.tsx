import { useQuery } from '@apollo/client/react';
import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { FILTERS, type FilterKey, type SupplierSearchState } from './search-params';

interface Facet {
  field: string;
  values: { value: string; count: number }[];
}

const MAX_VALUES = 15;

// Region names for the region facet (the API counts codes); cached with the region picker's list.
const RegionNamesOp = graphql(`
  query SupplierSearchRegionNames {
    regions {
      code
      name
    }
  }
`);

/** One group of checkboxes per facet the API counts; chosen values stay listed even at zero hits. */
export function FacetFilters({
  state,
  facets,
  onToggle,
}: {
  state: SupplierSearchState;
  facets: readonly Facet[];
  onToggle(key: FilterKey, value: string, on: boolean): void;
}) {
  const { t } = useTranslation('suppliers');
  const { t: tn } = useTranslation('needEditor');
  const regions = useQuery(RegionNamesOp, { fetchPolicy: 'cache-first' }).data?.regions ?? [];
  const label = (key: FilterKey, value: string): string => {
    if (key === 'focusAreas') return tn(`focus.${value as 'OTHER'}`);
    if (key === 'companySizes') return t(`search.size.${value as 'MICRO'}`);
    if (key === 'regionCodes') return regions.find((r) => r.code === value)?.name ?? value;
    return `${value}…`;
  };
  return (
    <>
      {FILTERS.map((f) => {
        const counted = facets.find((x) => x.field === f.facet)?.values ?? [];
        const chosen = state[f.key] as string[];
        const values = [
          ...counted.slice(0, MAX_VALUES),
          ...chosen.filter((v) => !counted.slice(0, MAX_VALUES).some((c) => c.value === v)).map((v) => ({ value: v, count: 0 })),
        ];
        if (values.length === 0) return null;
        return (
          <Fieldset key={f.key} data-size="sm">
            <Fieldset.Legend>{t(`search.facet.${f.key}`)}</Fieldset.Legend>
            {values.map((v) => (
              <Checkbox
                key={v.value}
                label={t('search.option', { label: label(f.key, v.value), count: v.count })}
                value={v.value}
                checked={chosen.includes(v.value)}
                onChange={(e) => onToggle(f.key, v.value, e.target.checked)}
              />
            ))}
          </Fieldset>
        );
      })}
    </>
  );
}
