import { useLazyQuery } from '@apollo/client/react';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorState } from '../../shared/states';

const ExportOp = graphql(`
  query PrivacyExportMyData {
    exportMyData
  }
`);

/** GDPR art. 15/20: the API's JSON document, offered as a file through a Blob URL (no server round trip). */
export function ExportData() {
  const { t } = useTranslation('privacy');
  const [load, { loading, error }] = useLazyQuery(ExportOp, { fetchPolicy: 'network-only' });
  const [url, setUrl] = useState<string | null>(null);
  const link = useRef<HTMLAnchorElement>(null);
  const file = `navet-my-data-${new Date().toISOString().slice(0, 10)}.json`;
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);

  async function run() {
    const { data } = await load().catch(() => ({ data: undefined }));
    if (!data) return;
    setUrl(URL.createObjectURL(new Blob([data.exportMyData], { type: 'application/json' })));
    // The download starts at once; the link stays for a second try and for keyboard users.
    setTimeout(() => link.current?.click(), 0);
  }

  return (
    <section aria-labelledby="privacy-export" className="navet-stack">
      <Heading level={2} data-size="sm" id="privacy-export">
        {t('export.heading')}
      </Heading>
      <Paragraph>{t('export.intro')}</Paragraph>
      <div>
        <Button onClick={() => void run()} loading={loading}>
          {t('export.submit')}
        </Button>
      </div>
      {error && <ErrorState error={error} />}
      {url && (
        <Paragraph role="status">
          {t('export.ready')}{' '}
          <Link href={url} download={file} ref={link}>
            {t('export.download', { file })}
          </Link>
        </Paragraph>
      )}
    </section>
  );
}
