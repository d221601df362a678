import { Card, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../shared/states';
import { CpvSuggestions } from './cpv-suggestions';
import { otherFindings } from './draft';
import { FieldAdvice } from './field-advice';
import { ReuseRadar } from './reuse-radar';
import type { NeedAdviceData } from './use-need-advice';

interface Props {
  advice?: NeedAdviceData;
  loading: boolean;
  error?: unknown;
  hasDraft: boolean;
  chosenCpv: string[];
  onAddCpv(code: string): void;
}

/** The co-pilot beside the form: likely suppliers, codes to add, and the reuse radar. Findings sit by their fields. */
export function CopilotPanel({ advice, loading, error, hasDraft, chosenCpv, onAddCpv }: Props) {
  const { t } = useTranslation('needEditor');
  return (
    <aside aria-labelledby="copilot-heading" className="copilot">
      <Card data-color="neutral" className="navet-stack">
        <div className="navet-row">
          <Heading level={2} data-size="sm" id="copilot-heading">
            {t('copilot.heading')}
          </Heading>
          {loading && <Spinner aria-label={t('copilot.thinking')} data-size="sm" />}
        </div>
        <Paragraph data-size="sm">{t('copilot.intro')}</Paragraph>
        {!hasDraft && <Paragraph data-size="sm">{t('copilot.needTitle')}</Paragraph>}
        {error ? <ErrorState error={error} /> : null}
        {hasDraft && advice && (
          <>
            <Paragraph aria-live="polite">{t('copilot.suppliers', { count: advice.likelySupplierCount })}</Paragraph>
            {advice.findings.length > 0 && (
              <Paragraph data-size="sm">{t('copilot.findings', { count: advice.findings.length })}</Paragraph>
            )}
            <FieldAdvice findings={otherFindings(advice.findings)} />
            <CpvSuggestions suggestions={advice.suggestedCpvCodes} chosen={chosenCpv} onAdd={onAddCpv} />
            <ReuseRadar advice={advice} />
          </>
        )}
      </Card>
    </aside>
  );
}
