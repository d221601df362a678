import { useMutation } from '@apollo/client/react';
import { Button, Link, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { setLanguage } from '../i18n';
import type { Language } from '../i18n/resources';
import { useSession, type Me } from '../features/identity/session';
import { UnreadBadge } from '../features/notifications/unread-badge';
import { Loading } from '../shared/states';
import { paths } from './paths';

const LogoutOp = graphql(`
  mutation Logout {
    logout
  }
`);

type NavKey = keyof typeof import('./i18n').appMessages.sv.nav;
const NAV: Record<'anyone' | Me['role'], [NavKey, string][]> = {
  anyone: [['needs', paths.home]],
  SUPPLIER: [
    ['matches', paths.supplierMatches],
    ['profile', paths.supplierProfile],
    ['savedSearches', paths.savedSearches],
    ['questions', paths.supplierQuestions],
    ['dialogues', paths.dialogues],
    ['notifications', paths.notifications],
  ],
  BUYER: [
    ['myNeeds', paths.buyerNeeds],
    ['suppliers', paths.suppliers],
    ['buyerGroups', paths.buyerGroups],
    ['dialogues', paths.dialogues],
    ['notifications', paths.notifications],
  ],
  ADMIN: [['admin', paths.adminOrganizations]],
};

/** Skip link, header with navigation by role, one <main>, footer. Focus moves to <main> on navigation. */
export function Layout() {
  const { t, i18n } = useTranslation('app');
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  // The path focus was last moved for: not a "first render" flag, which StrictMode's double effect defeats.
  const shownPath = useRef(location.pathname);
  const [logout] = useMutation(LogoutOp);

  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    main.current?.focus();
  }, [location.pathname]);

  async function signOut() {
    await logout().catch(() => undefined);
    await session.signOut();
    void navigate(paths.home);
  }

  const links = [...NAV.anyone, ...(session.me ? NAV[session.me.role] : [])];
  const other: Language = i18n.language === 'sv' ? 'en' : 'sv';
  return (
    <div className="navet-page">
      <SkipLink href="#main">{t('skipToContent')}</SkipLink>
      <header className="navet-header">
        <RouterLink to={paths.home} className="navet-logo" aria-label={t('home')}>
          Navet
        </RouterLink>
        <nav aria-label={t('mainNav')} className="navet-nav">
          <ul>
            {links.map(([key, to]) => (
              <li key={key}>
                <NavLink to={to} end={to === paths.home}>
                  {t(`nav.${key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="navet-header-actions">
          <Button variant="tertiary" data-size="sm" lang={other} onClick={() => setLanguage(other)}>
            {other === 'en' ? 'English' : 'Svenska'}
          </Button>
          {session.me ? (
            <>
              <Suspense fallback={null}>
                <UnreadBadge />
              </Suspense>
              <NavLink to={paths.account}>{t('nav.account')}</NavLink>
              <Button variant="secondary" data-size="sm" onClick={() => void signOut()}>
                {t('nav.signOut')}
              </Button>
            </>
          ) : (
            session.status === 'signedOut' && (
              <>
                <NavLink to={paths.signIn}>{t('nav.signIn')}</NavLink>
                <NavLink to={paths.register}>{t('nav.register')}</NavLink>
              </>
            )
          )}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="navet-main">
        {/* A screen's code and its messages load on first use. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="navet-footer">
        <Paragraph data-size="sm">{t('footer.about')}</Paragraph>
        <ul>
          <li>
            <Link asChild>
              <RouterLink to={paths.accessibility}>{t('footer.accessibility')}</RouterLink>
            </Link>
          </li>
          <li>
            <Link asChild>
              <RouterLink to={paths.statistics}>{t('footer.statistics')}</RouterLink>
            </Link>
          </li>
          <li>
            <Link href="/ocds/releases">{t('footer.openData')}</Link>
          </li>
        </ul>
      </footer>
    </div>
  );
}
