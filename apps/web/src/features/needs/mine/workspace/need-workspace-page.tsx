import { useQuery } from '@apollo/client/react';
import { Button, Heading, Link, Paragraph, Tabs } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { paths } from '../../../../app/paths';
import { graphql } from '../../../../gql';
import { ErrorState, QueryState } from '../../../../shared/states';
import { useTitle } from '../../../../shared/use-title';
import { RequireRole } from '../../../identity/require-role';
import { LedgerPanel } from '../../../ledger/ledger-panel';
import { PublishNeedButton } from '../../editor/publish-need-button';
import { StatusTag } from '../status-tag';
import { CloseNeedDialog } from './close-need-dialog';
import { DialoguesTab } from './dialogues-tab';
import { InterestedTab } from './interested-tab';
import { QuestionsTab } from './questions-tab';
import { SimilarTab } from './similar-tab';
import { SuggestionsTab } from './suggestions-tab';
import '../mine.css';

const WorkspaceNeedOp = graphql(`
  query BuyerNeedWorkspace($id: ID!) {
    need(id: $id) {
      id
      title
      summary
      status
      version
    }
  }
`);

const TABS = ['suggestions', 'interested', 'questions', 'dialogues', 'ledger', 'similar'] as const;
type Tab = (typeof TABS)[number];

export function NeedWorkspacePage() {
  return (
    <RequireRole roles={['BUYER']}>
      <NeedWorkspace />
    </RequireRole>
  );
}

/** One need for its buyer: status and actions on top, then a tab per part (the tab is in the URL). */
function NeedWorkspace() {
  const { t } = useTranslation('myNeeds');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'suggestions';
  const { data, loading, error, refetch } = useQuery(WorkspaceNeedOp, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  useTitle(data?.need?.title ?? t('title'));
  return (
    <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
      {({ need }) =>
        !need ? (
          <ErrorState errors={[{ code: 'NOT_FOUND', message: '' }]} />
        ) : (
          <section className="navet-stack">
            <Heading level={1} data-size="lg">
              {need.title}
            </Heading>
            <div className="navet-row">
              <StatusTag status={need.status} />
              <Paragraph data-size="sm">{t('workspace.version', { version: need.version })}</Paragraph>
            </div>
            <Paragraph>{need.summary}</Paragraph>
            <div className="navet-row workspace-actions">
              {need.status !== 'CLOSED' && (
                <Button variant="secondary" asChild>
                  <RouterLink to={paths.buyerEditNeed(need.id)}>{t('workspace.edit')}</RouterLink>
                </Button>
              )}
              {need.status === 'PUBLISHED' && <CloseNeedDialog needId={need.id} onClosed={() => void refetch()} />}
              {need.status !== 'DRAFT' && (
                <Link asChild>
                  <RouterLink to={paths.need(need.id)}>{t('workspace.publicPage')}</RouterLink>
                </Link>
              )}
            </div>
            <PublishNeedButton needId={need.id} status={need.status} onPublished={() => void refetch()} />
            <Tabs value={tab} onChange={(v) => setParams({ tab: v }, { replace: true })}>
              <Tabs.List aria-label={t('workspace.tabs')} className="workspace-tablist">
                {TABS.map((x) => (
                  <Tabs.Tab key={x} value={x}>
                    {t(`workspace.${x}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {/* One panel per tab, but only the open one mounts its content, so only its query runs. */}
              {TABS.map((x) => (
                <Tabs.Panel key={x} value={x}>
                  {x === tab && <TabContent tab={x} needId={need.id} published={need.status !== 'DRAFT'} />}
                </Tabs.Panel>
              ))}
            </Tabs>
          </section>
        )
      }
    </QueryState>
  );
}

function TabContent({ tab, needId, published }: { tab: Tab; needId: string; published: boolean }) {
  switch (tab) {
    case 'suggestions':
      return <SuggestionsTab needId={needId} published={published} />;
    case 'interested':
      return <InterestedTab needId={needId} />;
    case 'questions':
      return <QuestionsTab needId={needId} />;
    case 'dialogues':
      return <DialoguesTab needId={needId} />;
    case 'ledger':
      return <LedgerPanel needId={needId} />;
    case 'similar':
      return <SimilarTab needId={needId} />;
  }
}
