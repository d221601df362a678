import { ErrorSummary } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { apiErrors, fieldErrors, knownCode, type ApiError } from './api-errors';

/** A form's API errors: by input field (shown under the field) and the rest (shown above the button). */
export function formErrors(error: unknown): { byField: Record<string, ApiError>; other: ApiError[] } {
  const all = apiErrors(error);
  const byField = fieldErrors(all);
  return { byField, other: all.filter((e) => !e.field) };
}

/** The text under a field: the translated code and the API's own words. */
export function useFieldMessage(): (e: ApiError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (e) => (e ? `${t(`errors.${knownCode(e.code)}`)} ${e.message}` : undefined);
}

/** Errors that name no field (or name one the form does not show), as one summary the user can read first. */
export function FormErrors({ errors }: { errors: ApiError[] }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t('errors.title')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((e, i) => (
          <ErrorSummary.Item key={i}>
            {t(`errors.${knownCode(e.code)}`)} {e.message}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
