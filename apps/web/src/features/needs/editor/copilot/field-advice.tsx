import { ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Finding } from './draft';

/**
 * The co-pilot's findings on one field, right under it. Advice, not an error: warning/info colours, outside
 * the field's own error slot (so the input is not marked invalid), announced politely as it changes.
 */
export function FieldAdvice({ findings = [] }: { findings?: Finding[] }) {
  const { t } = useTranslation('needEditor');
  return (
    <div aria-live="polite" className="copilot-field-advice">
      {findings.map((f) => (
        <ValidationMessage
          key={`${f.code}:${f.message}`}
          data-color={f.severity === 'WARNING' ? 'warning' : 'info'}
          data-finding={f.code}
        >
          {t('copilot.adviceLabel')} {f.message}
        </ValidationMessage>
      ))}
    </div>
  );
}
