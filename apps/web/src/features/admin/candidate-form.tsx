import { useMutation } from '@apollo/client/react';
import { Button, Card, Fieldset, Heading, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { apiErrors, knownCode } from '../../shared/api-errors';
import { ErrorState } from '../../shared/states';
import { splitErrors } from './form-errors';
import { inputFrom, valuesFrom, WEIGHT_KEYS, type CandidateValues, type CriteriaLike, type WeightKey } from './criteria-input';

const StartOp = graphql(`
  mutation AdminStartCriteriaEvaluation($input: MatchCriteriaInput!) {
    startCriteriaEvaluation(input: $input) {
      id
      status
      progress
    }
  }
`);

/** The fields this form shows a message under; errors naming anything else go to the summary. */
const SHOWN = [...WEIGHT_KEYS, 'weights', 'minScore', 'maxSuggestionsPerNeed'];

/** The candidate: prefilled from the active version; "Replay" starts a background run against recorded outcomes. */
export function CandidateForm({ active, onStarted }: { active: CriteriaLike; onStarted: (runId: string) => void }) {
  const { t } = useTranslation('admin');
  const { t: tShared } = useTranslation();
  const [values, setValues] = useState<CandidateValues>(() => valuesFrom(active));
  const [start, { loading, error }] = useMutation(StartOp);
  const errors = apiErrors(error);
  const { byField, unplaced } = splitErrors(errors, SHOWN);
  const message = (name: string) => {
    const e = byField[name];
    return e ? `${tShared(`errors.${knownCode(e.code)}`)} ${e.message}` : undefined;
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await start({ variables: { input: inputFrom(values) } }).catch(() => null);
    if (result?.data) onStarted(result.data.startCriteriaEvaluation.id);
  }

  const setWeight = (k: WeightKey, v: string) => setValues({ ...values, weights: { ...values.weights, [k]: v } });
  return (
    <Card data-color="accent" variant="tinted">
      <Heading level={2} data-size="sm">
        {t('criteria.candidateTitle')}
      </Heading>
      <Paragraph data-size="sm">{t('criteria.candidateIntro')}</Paragraph>
      <form onSubmit={submit} noValidate className="navet-form">
        <Fieldset>
          <Fieldset.Legend>{t('criteria.weightsLegend')}</Fieldset.Legend>
          <div className="admin-weights">
            {WEIGHT_KEYS.map((k) => (
              <Textfield
                key={k}
                label={t(`criteria.signals.${k}`)}
                inputMode="decimal"
                value={values.weights[k]}
                onChange={(e) => setWeight(k, e.target.value)}
                error={message(k)}
                required
              />
            ))}
          </div>
          {message('weights') && <ValidationMessage>{message('weights')}</ValidationMessage>}
        </Fieldset>
        <Textfield
          label={t('criteria.minScore')}
          inputMode="decimal"
          value={values.minScore}
          onChange={(e) => setValues({ ...values, minScore: e.target.value })}
          error={message('minScore')}
          required
        />
        <Textfield
          label={t('criteria.maxSuggestions')}
          inputMode="numeric"
          value={values.maxSuggestionsPerNeed}
          onChange={(e) => setValues({ ...values, maxSuggestionsPerNeed: e.target.value })}
          error={message('maxSuggestionsPerNeed')}
          required
        />
        {unplaced.length > 0 && <ErrorState errors={unplaced} />}
        <div className="navet-row">
          <Button type="submit" loading={loading}>
            {t('criteria.replay')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setValues(valuesFrom(active))}>
            {t('criteria.reset')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
