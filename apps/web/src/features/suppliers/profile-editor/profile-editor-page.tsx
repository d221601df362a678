import { useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { QueryState } from '../../../shared/states';
import { useTitle } from '../../../shared/use-title';
import { RequireRole } from '../../identity/require-role';
import { ProfileEditorForm } from './profile-editor-form';
import { emptyProfileForm, profileToForm } from './profile-form-state';
import './profile-editor.css';

export const MySupplierProfileOp = graphql(`
  query MySupplierProfile {
    mySupplierProfile {
      id
      headline
      description
      contactEmail
      companySize
      readiness
      discoverable
      focusAreas
      languages
      offerings
      updatedAt
      cpvCodes {
        code
      }
      regions {
        code
      }
      references {
        title
        customer
        year
        description
      }
    }
  }
`);

function ProfileEditor() {
  const { t } = useTranslation('suppliers');
  useTitle(t('profile.title'));
  const { data, loading, error, refetch } = useQuery(MySupplierProfileOp, { fetchPolicy: 'network-only' });
  // Kept here: creating the profile remounts the form (its key changes), the confirmation must survive.
  const [saved, setSaved] = useState(false);
  return (
    <div className="navet-stack">
      <Heading level={1}>{t('profile.title')}</Heading>
      <Paragraph>{t('profile.intro')}</Paragraph>
      {saved && (
        <Alert data-color="success" role="status">
          {t('profile.saved')}
        </Alert>
      )}
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(d) => (
          <ProfileEditorForm
            key={d.mySupplierProfile?.id ?? 'new'}
            initial={d.mySupplierProfile ? profileToForm(d.mySupplierProfile) : emptyProfileForm()}
            isNew={!d.mySupplierProfile}
            onSaved={setSaved}
          />
        )}
      </QueryState>
    </div>
  );
}

export function ProfileEditorPage() {
  return (
    <RequireRole roles={['SUPPLIER']}>
      <ProfileEditor />
    </RequireRole>
  );
}
