import { useTranslation } from 'react-i18next';
import type { FocusArea, ProcurementStage, SolutionReadiness } from '../gql/graphql';

/** Labels of the API's need enums in the UI language (shared: search, need page, editor, profile). */
export function useEnumLabels() {
  const { t } = useTranslation();
  return {
    focusArea: (f: FocusArea): string => t(`focusArea.${f}`),
    readiness: (r: SolutionReadiness): string => t(`readiness.${r}`),
    stage: (s: ProcurementStage): string => t(`stage.${s}`),
  };
}
