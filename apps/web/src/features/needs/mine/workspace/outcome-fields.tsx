import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../../gql';
import type { ApiError } from '../../../../shared/api-errors';
import { ErrorState, Loading } from '../../../../shared/states';
import { contractableSuppliers, RESULTS, toggleSupplier, type OutcomeValues } from './outcome-form-state';

const SHOWN = 10;

/** Only what the checkboxes need, so up to 100 matches stay within the API's query cost limit. */
const ContractableOp = graphql(`
  query NeedCloseContractable($needId: ID!) {
    matchesForNeed(needId: $needId, first: 100) {
      id
      status
      supplierInterested
      buyerInvited
      supplier {
        id
        organization {
          id
          name
        }
      }
    }
  }
`);

interface Props {
  needId: string;
  values: OutcomeValues;
  onChange(v: OutcomeValues): void;
  /** The API's errors keyed by field (outcome.summary -> summary), plus a local one for a missing result. */
  errors: Record<string, ApiError | undefined>;
}

/** What happened with the need: result, summary, lessons and (when procured) the contracted suppliers. */
export function OutcomeFields({ needId, values, onChange, errors }: Props) {
  const { t } = useTranslation('myNeeds');
  const set = <K extends keyof OutcomeValues>(k: K, v: OutcomeValues[K]) => onChange({ ...values, [k]: v });
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('close.result')}</Fieldset.Legend>
        {RESULTS.map((r) => (
          <Radio
            key={r}
            name="outcome-result"
            value={r}
            label={t(`close.results.${r}`)}
            checked={values.result === r}
            onChange={() => set('result', r)}
          />
        ))}
        {errors.result && <ValidationMessage>{errors.result.message}</ValidationMessage>}
      </Fieldset>
      <Textfield
        multiline
        rows={3}
        label={t('close.summary')}
        description={t('close.summaryHelp')}
        value={values.summary}
        onChange={(e) => set('summary', e.target.value)}
        error={errors.summary?.message}
        required
      />
      <Textfield
        multiline
        rows={3}
        label={t('close.lessons')}
        description={t('close.lessonsHelp')}
        value={values.lessonsLearned}
        onChange={(e) => set('lessonsLearned', e.target.value)}
        error={errors.lessonsLearned?.message}
      />
      {values.result === 'PROCURED' && (
        <ContractedSuppliers
          needId={needId}
          chosen={values.contractedSupplierIds}
          onChange={(ids) => set('contractedSupplierIds', ids)}
          error={errors.contractedSupplierIds?.message}
        />
      )}
    </>
  );
}

function ContractedSuppliers(props: { needId: string; chosen: string[]; onChange(ids: string[]): void; error?: string }) {
  const { t } = useTranslation('myNeeds');
  const [all, setAll] = useState(false);
  const { data, loading, error } = useQuery(ContractableOp, { variables: { needId: props.needId } });
  const suppliers = contractableSuppliers(data?.matchesForNeed ?? []);
  return (
    <Fieldset>
      <Fieldset.Legend>{t('close.suppliers')}</Fieldset.Legend>
      <Fieldset.Description>{t('close.suppliersHelp')}</Fieldset.Description>
      {loading && <Loading />}
      {error && <ErrorState error={error} />}
      {!loading && !error && suppliers.length === 0 && <Paragraph data-size="sm">{t('close.noSuppliers')}</Paragraph>}
      {(all ? suppliers : suppliers.slice(0, SHOWN)).map((s) => (
        <Checkbox
          key={s.id}
          value={s.id}
          label={`${s.name} (${t(`matchStatus.${s.status}`)})`}
          checked={props.chosen.includes(s.id)}
          onChange={(e) => props.onChange(toggleSupplier(props.chosen, s.id, e.target.checked))}
        />
      ))}
      {!all && suppliers.length > SHOWN && (
        <div>
          <Button variant="tertiary" data-size="sm" onClick={() => setAll(true)}>
            {t('close.showAll', { count: suppliers.length })}
          </Button>
        </div>
      )}
      {props.error && <ValidationMessage>{props.error}</ValidationMessage>}
    </Fieldset>
  );
}
