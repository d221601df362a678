import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../../shared/states';

interface Clarification {
  id: string;
  question: string;
  answer: string;
  publishedAt: string;
}

/** The public Q&A: each question opens to its answer. */
export function Clarifications({ items }: { items: Clarification[] }) {
  const { t, i18n } = useTranslation('needPage');
  return (
    <section aria-labelledby="need-clarifications">
      <Heading level={2} data-size="sm" id="need-clarifications">
        {t('clarifications')}
      </Heading>
      <Paragraph data-size="sm">{t('clarificationsIntro')}</Paragraph>
      {items.length === 0 ? (
        <Empty>{t('noClarifications')}</Empty>
      ) : (
        items.map((c) => (
          <Details key={c.id}>
            <Details.Summary>{c.question}</Details.Summary>
            <Details.Content>
              <Paragraph className="navet-prewrap">{c.answer}</Paragraph>
              <Paragraph data-size="sm">{new Date(c.publishedAt).toLocaleDateString(i18n.language)}</Paragraph>
            </Details.Content>
          </Details>
        ))
      )}
    </section>
  );
}
