import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../../gql';
import type { NeedFormValues } from '../need-form-state';
import { toDraft } from './draft';
import { useDebounced } from './use-debounced';

/** Typing pauses this long before the co-pilot asks: fast enough to feel live, few enough calls. */
export const ADVICE_DELAY_MS = 400;

const NeedAdviceOp = graphql(`
  query NeedEditorAdvice($input: NeedDraftInput!) {
    needAdvice(input: $input) {
      likelySupplierCount
      findings {
        code
        field
        message
        severity
      }
      suggestedCpvCodes {
        score
        reason
        cpv {
          code
          labelSv
          labelEn
        }
      }
      similarClosedNeeds {
        score
        need {
          id
          title
          buyer {
            id
            name
          }
          outcome {
            result
            summary
            lessonsLearned
          }
        }
      }
      similarOpenNeeds {
        score
        need {
          id
          title
          buyer {
            id
            name
          }
        }
      }
    }
  }
`);

/** Advice on the form as it stands, asked for after a pause in typing; the last answer stays while the next loads. */
export function useNeedAdvice(values: NeedFormValues) {
  const draft = useDebounced(toDraft(values), ADVICE_DELAY_MS);
  const { data, previousData, loading, error } = useQuery(NeedAdviceOp, {
    variables: { input: draft ?? { title: '' } },
    skip: !draft,
  });
  return {
    advice: draft ? (data ?? previousData)?.needAdvice : undefined,
    loading: !!draft && loading,
    error,
    hasDraft: !!draft,
  };
}

export type NeedAdviceData = NonNullable<ReturnType<typeof useNeedAdvice>['advice']>;
