import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import type { FocusArea, SolutionReadiness } from '../../../gql/graphql';
import { useEnumLabels } from '../../../shared/enum-labels';
import { cpvLabel } from '../../reference/labels';

const DivisionOp = graphql(`
  query NeedSearchCpvDivision($code: String!) {
    cpvCode(code: $code) {
      code
      labelSv
      labelEn
    }
  }
`);

const RegionNamesOp = graphql(`
  query NeedSearchRegionNames {
    regions {
      code
      name
    }
  }
`);

/** A CPV division ("45") with its label in the UI language; the code alone until the label arrives. */
export function CpvDivisionLabel({ division }: { division: string }) {
  const { i18n } = useTranslation();
  const { data } = useQuery(DivisionOp, { variables: { code: division.padEnd(8, '0') }, fetchPolicy: 'cache-first' });
  return <>{data?.cpvCode ? `${division} ${cpvLabel(data.cpvCode, i18n.language)}` : division}</>;
}

/** Region code -> name (Swedish NUTS names from the API; codes outside Sweden stay codes). */
export function useRegionName(): (code: string) => string {
  const { data } = useQuery(RegionNamesOp, { fetchPolicy: 'cache-first' });
  return (code) => {
    const name = data?.regions.find((r) => r.code === code)?.name;
    return name && name !== code ? `${name} (${code})` : code;
  };
}

/** Label of one value of a facet the API returns, by the facet's field name. */
export function useFacetLabel(): (field: string, value: string) => React.ReactNode {
  const labels = useEnumLabels();
  const regionName = useRegionName();
  return (field, value) => {
    if (field === 'focusAreas') return labels.focusArea(value as FocusArea);
    if (field === 'readiness') return labels.readiness(value as SolutionReadiness);
    if (field === 'regionCodes') return regionName(value);
    if (field === 'cpvDivisions') return <CpvDivisionLabel division={value} />;
    return value;
  };
}
