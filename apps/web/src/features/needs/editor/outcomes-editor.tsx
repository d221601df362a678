import { Button, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { outcomes } from './need-form-state';

/** The desired outcomes as a list of rows the user can add to and remove from. */
export function OutcomesEditor({ value, onChange, error }: { value: string[]; onChange(v: string[]): void; error?: string }) {
  const { t } = useTranslation('needEditor');
  return (
    <Fieldset>
      <Fieldset.Legend>{t('fields.outcomes')}</Fieldset.Legend>
      <Fieldset.Description>{t('fields.outcomesHelp')}</Fieldset.Description>
      <ol className="navet-plain-list navet-stack">
        {value.map((text, i) => (
          <li key={i} className="navet-row need-outcome">
            <Textfield
              className="need-outcome-field"
              label={t('fields.outcome', { n: i + 1 })}
              value={text}
              onChange={(e) => onChange(outcomes.set(value, i, e.target.value))}
            />
            <Button variant="tertiary" data-size="sm" onClick={() => onChange(outcomes.remove(value, i))}>
              {t('fields.removeOutcome', { n: i + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      <div>
        <Button variant="secondary" data-size="sm" onClick={() => onChange(outcomes.add(value))}>
          {t('fields.addOutcome')}
        </Button>
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
