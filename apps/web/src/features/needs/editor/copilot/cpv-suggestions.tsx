import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cpvLabel } from '../../../reference/labels';
import type { NeedAdviceData } from './use-need-advice';

const SHOWN = 5;

/** Ranked CPV codes for the draft, each with why, and one click to add it to the form. */
export function CpvSuggestions({
  suggestions,
  chosen,
  onAdd,
}: {
  suggestions: NeedAdviceData['suggestedCpvCodes'];
  chosen: string[];
  onAdd(code: string): void;
}) {
  const { t, i18n } = useTranslation('needEditor');
  const [all, setAll] = useState(false);
  const shown = all ? suggestions : suggestions.slice(0, SHOWN);
  return (
    <section aria-labelledby="copilot-cpv" className="navet-stack">
      <Heading level={3} data-size="xs" id="copilot-cpv">
        {t('copilot.cpvHeading')}
      </Heading>
      {suggestions.length === 0 && <Paragraph data-size="sm">{t('copilot.cpvNone')}</Paragraph>}
      <ul className="navet-plain-list navet-stack">
        {shown.map((s) => {
          const label = cpvLabel(s.cpv, i18n.language);
          const added = chosen.includes(s.cpv.code);
          return (
            <li key={s.cpv.code} className="copilot-item">
              <Paragraph data-size="sm">
                <strong>
                  {s.cpv.code} {label}
                </strong>
              </Paragraph>
              <Paragraph data-size="xs">{s.reason}</Paragraph>
              <Button
                variant="secondary"
                data-size="sm"
                disabled={added}
                aria-label={
                  added ? t('copilot.cpvAdded', { code: s.cpv.code }) : t('copilot.cpvAddLabel', { code: s.cpv.code, label })
                }
                onClick={() => onAdd(s.cpv.code)}
              >
                {added ? t('copilot.added') : t('copilot.add')}
              </Button>
            </li>
          );
        })}
      </ul>
      {!all && suggestions.length > SHOWN && (
        <div>
          <Button variant="tertiary" data-size="sm" onClick={() => setAll(true)}>
            {t('copilot.showAll', { count: suggestions.length })}
          </Button>
        </div>
      )}
    </section>
  );
}
