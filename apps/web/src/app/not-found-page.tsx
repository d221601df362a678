import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useTitle } from '../shared/use-title';
import { paths } from './paths';

export function NotFoundPage() {
  const { t } = useTranslation('app');
  useTitle(t('notFound.title'));
  return (
    <section>
      <Heading level={1} data-size="lg">
        {t('notFound.title')}
      </Heading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Link asChild>
        <RouterLink to={paths.home}>{t('notFound.home')}</RouterLink>
      </Link>
    </section>
  );
}
