import { useMutation } from '@apollo/client/react';
import { Alert, Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { SupplierMatchFieldsFragment } from '../../gql/graphql';
import { apiErrors, knownCode } from '../../shared/api-errors';
import { TextDialog } from './text-dialog';

const InterestOp = graphql(`
  mutation SupplierMatchInterest($needId: ID!, $message: String) {
    expressInterest(needId: $needId, message: $message) {
      ...SupplierMatchFields
    }
  }
`);
const DeclineOp = graphql(`
  mutation SupplierMatchDecline($matchId: ID!, $reason: String) {
    declineMatch(matchId: $matchId, reason: $reason) {
      ...SupplierMatchFields
    }
  }
`);
const RateOp = graphql(`
  mutation SupplierMatchRate($matchId: ID!, $relevant: Boolean!) {
    rateMatch(matchId: $matchId, relevant: $relevant) {
      id
    }
  }
`);

/** The inbox's filtered lists change when a status changes. */
const REFETCH = { refetchQueries: ['SupplierMatchesInbox'] };

/** Statuses in which the supplier can still say yes or no (the API enforces it; this only hides buttons). */
const OPEN = ['SUGGESTED', 'INVITED'];

/**
 * Interest ("we want to talk", which the buyer sees) is the primary action; declining asks why; the
 * relevance rating only teaches the matcher and changes nothing the buyer sees.
 */
export function MatchActions({ match }: { match: SupplierMatchFieldsFragment }) {
  const { t } = useTranslation('matches');
  const { t: tx } = useTranslation('shared');
  const [interest, interestState] = useMutation(InterestOp, REFETCH);
  const [decline, declineState] = useMutation(DeclineOp, REFETCH);
  const [rate, rateState] = useMutation(RateOp);
  const [rated, setRated] = useState<boolean | null>(null);
  const message = (error: unknown) =>
    apiErrors(error)
      .map((e) => `${tx(`errors.${knownCode(e.code)}`)} ${e.message}`)
      .join(' ') || undefined;
  const ok = (p: Promise<{ data?: unknown }>) => p.then((r) => Boolean(r.data)).catch(() => false);

  return (
    <div className="navet-stack">
      <div className="navet-row">
        {OPEN.includes(match.status) && (
          <>
            <TextDialog
              trigger={t('interest.button')}
              triggerVariant="primary"
              title={t('interest.title', { need: match.need.title })}
              intro={t('interest.intro')}
              fieldLabel={t('interest.message')}
              submit={t('interest.submit')}
              busy={interestState.loading}
              error={message(interestState.error)}
              onSubmit={(text) => ok(interest({ variables: { needId: match.need.id, message: text.trim() || null } }))}
            />
            <TextDialog
              trigger={t('decline.button')}
              title={t('decline.title', { need: match.need.title })}
              intro={t('decline.intro')}
              fieldLabel={t('decline.reason')}
              submit={t('decline.submit')}
              busy={declineState.loading}
              error={message(declineState.error)}
              onSubmit={(text) => ok(decline({ variables: { matchId: match.id, reason: text.trim() || null } }))}
            />
          </>
        )}
      </div>
      <div className="navet-row" role="group" aria-label={t('rate.label')}>
        <span>{t('rate.label')}</span>
        {[true, false].map((relevant) => (
          <Button
            key={String(relevant)}
            variant="tertiary"
            data-size="sm"
            aria-pressed={rated === relevant}
            disabled={rateState.loading}
            onClick={() =>
              void ok(rate({ variables: { matchId: match.id, relevant } })).then((done) => done && setRated(relevant))
            }
          >
            {relevant ? t('rate.relevant') : t('rate.notRelevant')}
          </Button>
        ))}
      </div>
      <div aria-live="polite">
        {rated !== null && <Alert data-color="info">{t('rate.thanks')}</Alert>}
        {rateState.error && <Alert data-color="danger">{message(rateState.error)}</Alert>}
      </div>
    </div>
  );
}
