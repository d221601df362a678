import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { knownCode, type ApiError } from '../../../shared/api-errors';

/** Errors that name no field: the translated code and the API's own explanation. */
export function ApiErrorAlerts({ errors }: { errors: ApiError[] }) {
  const { t } = useTranslation();
  return (
    <>
      {errors.map((e, i) => (
        <Alert key={i} data-color="danger" role="alert">
          <Paragraph>{t(`errors.${knownCode(e.code)}`)}</Paragraph>
          <Paragraph>{e.message}</Paragraph>
        </Alert>
      ))}
    </>
  );
}
