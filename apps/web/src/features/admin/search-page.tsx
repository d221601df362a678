import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorState } from '../../shared/states';
import { useTitle } from '../../shared/use-title';

const ReindexOp = graphql(`
  mutation AdminReindexSearch {
    reindexSearch
  }
`);

/** Rebuilds the search indexes after a confirmation, and says how it went. */
export function SearchPage() {
  const { t } = useTranslation('admin');
  const { t: tShared } = useTranslation();
  useTitle(t('search.title'));
  const [confirming, setConfirming] = useState(false);
  const [reindex, { data, loading, error }] = useMutation(ReindexOp);

  async function rebuild() {
    setConfirming(false);
    await reindex().catch(() => undefined);
  }

  return (
    <div className="admin-section">
      <Heading level={1} data-size="lg">
        {t('search.title')}
      </Heading>
      <Paragraph>{t('search.intro')}</Paragraph>
      <div className="navet-row">
        <Button loading={loading} onClick={() => setConfirming(true)}>
          {t('search.rebuild')}
        </Button>
      </div>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        closeButton={tShared('cancel')}
        aria-labelledby="admin-reindex-title"
      >
        <Dialog.Block>
          <Heading level={2} data-size="sm" id="admin-reindex-title">
            {t('search.confirmTitle')}
          </Heading>
        </Dialog.Block>
        <Dialog.Block>
          <Paragraph>{t('search.confirmText')}</Paragraph>
          <div className="navet-row">
            <Button onClick={() => void rebuild()}>{t('search.confirm')}</Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {tShared('cancel')}
            </Button>
          </div>
        </Dialog.Block>
      </Dialog>
      {error && <ErrorState error={error} />}
      {data && (
        <Alert data-color={data.reindexSearch ? 'success' : 'warning'} role="status">
          {data.reindexSearch ? t('search.done') : t('search.notDone')}
        </Alert>
      )}
    </div>
  );
}
