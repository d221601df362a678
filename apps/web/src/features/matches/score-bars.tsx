import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MatchSignal } from '../../gql/graphql';
import { percent, scoreRows } from './score';
import './matches.css';

interface Props {
  score: number;
  components: readonly { signal: MatchSignal; value: number; weight: number; contribution: number; detail: string }[];
}

/**
 * The score as its parts: one bar per signal (the signal's own value), with its weight, its contribution
 * to the score and the API's reason. The bar is an image with the numbers in its name; the numbers are
 * also printed, so nothing depends on seeing the bar.
 */
export function ScoreBars({ score, components }: Props) {
  const { t } = useTranslation('matches');
  return (
    <div className="navet-score">
      <Paragraph className="navet-score-total">{t('score', { score: percent(score) })}</Paragraph>
      <ul className="navet-plain-list navet-score-list" aria-label={t('components')}>
        {scoreRows(components).map((c) => {
          const signal = t(`signal.${c.signal}`);
          return (
            <li key={c.signal} className="navet-score-row">
              <span className="navet-score-signal">{signal}</span>
              <div className="navet-score-bar" role="img" aria-label={t('barLabel', { signal, value: c.valuePct })}>
                <div className="navet-score-fill" style={{ width: `${c.valuePct}%` }} />
              </div>
              <span className="navet-score-numbers">
                {t('numbers', { value: c.valuePct, weight: c.weightPct, contribution: c.contributionPct })}
              </span>
              <span className="navet-score-detail">{c.detail}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
