import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MatchSignal } from '../../../../gql/graphql';
import { percent, rankComponents } from './score-components';

interface Props {
  score: number;
  components: readonly { signal: MatchSignal; value: number; weight: number; contribution: number; detail: string }[];
}

/** One bar per signal (its own value) with what it adds to the score and the matcher's reason. */
export function ScoreBars({ score, components }: Props) {
  const { t } = useTranslation('myNeeds');
  return (
    <ul className="navet-plain-list navet-stack" aria-label={t('suggestions.components')}>
      {rankComponents(components, score).map((c) => {
        const name = t(`suggestions.signal.${c.signal}`);
        return (
          <li key={c.signal} className="score-bar">
            <span>
              <strong>{name}</strong>{' '}
              {t('suggestions.contribution', {
                contribution: percent(c.contribution),
                value: percent(c.value),
                weight: c.weight.toFixed(2),
              })}
            </span>
            <meter min={0} max={1} value={c.value} aria-label={`${name} ${percent(c.value)}`} />
            <Paragraph data-size="sm" className="workspace-wrap">
              {c.detail}
            </Paragraph>
          </li>
        );
      })}
    </ul>
  );
}
