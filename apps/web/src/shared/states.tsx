import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrors, knownCode, type ApiError } from './api-errors';

/** Loading: a labelled spinner, announced politely. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="navet-state">
      <Spinner aria-hidden data-size="md" />
      <span>{label ?? t('loading')}</span>
    </div>
  );
}

/** Empty: says there is nothing yet, and what to do about it when the screen knows. */
export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const text: string = t('empty');
  return <Paragraph className="navet-state">{children ?? text}</Paragraph>;
}

/** An API or network error: the translated code, the API's own words, and a retry when one helps. */
export function ErrorState({ error, errors: given, onRetry }: { error?: unknown; errors?: ApiError[]; onRetry?: () => void }) {
  const { t } = useTranslation();
  const errors = given ?? apiErrors(error);
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {t('errors.title')}
      </Heading>
      {errors.map((e, i) => (
        <Paragraph key={i}>
          {t(`errors.${knownCode(e.code)}`)}
          {e.field ? ` (${e.field})` : ''}
        </Paragraph>
      ))}
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </Alert>
  );
}

/** Loading, error or content, in that order: every screen shows one of the three. */
export function QueryState<T>({
  loading,
  error,
  data,
  onRetry,
  children,
}: {
  loading: boolean;
  error?: unknown;
  data: T | undefined;
  onRetry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (data !== undefined && data !== null) return <>{children(data)}</>;
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (loading) return <Loading />;
  return <Empty />;
}
