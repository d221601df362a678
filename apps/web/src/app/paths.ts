/**
 * Every screen's path, in one place: links, redirects and the API's e-mail and notification links
 * (libs/notifications, libs/identity) use these. A test on the API side reads this file to check that
 * the links it sends open a screen.
 */
export const paths = {
  home: '/',
  needs: '/needs',
  need: (id: string) => `/needs/${encodeURIComponent(id)}`,
  register: '/register',
  signIn: '/sign-in',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  confirmEmail: '/confirm-email',
  account: '/account',
  myData: '/account/data',
  accessibility: '/accessibility',
  statistics: '/statistics',
  notifications: '/inbox/notifications',
  notificationSettings: '/inbox/settings',
  dialogues: '/dialogues',
  dialogue: (id: string) => `/dialogues/${encodeURIComponent(id)}`,
  // Supplier
  supplierProfile: '/supplier/profile',
  supplierMatches: '/supplier/matches',
  supplierMatch: (id: string) => `/supplier/matches/${encodeURIComponent(id)}`,
  savedSearches: '/supplier/saved-searches',
  supplierQuestions: '/supplier/questions',
  // Buyer
  buyerNeeds: '/buyer/needs',
  buyerNewNeed: '/buyer/needs/new',
  buyerNeed: (id: string) => `/buyer/needs/${encodeURIComponent(id)}`,
  buyerEditNeed: (id: string) => `/buyer/needs/${encodeURIComponent(id)}/edit`,
  suppliers: '/suppliers',
  supplier: (id: string) => `/suppliers/${encodeURIComponent(id)}`,
  buyerGroups: '/buyer/groups',
  // Admin
  adminOrganizations: '/admin/organizations',
  adminCriteria: '/admin/criteria',
  adminSearch: '/admin/search',
  adminStatistics: '/admin/statistics',
  /** Served by the API (bull-board), not by this app. */
  adminQueues: '/admin/queues',
} as const;

/** Where sign-in sends the user back to: only a path of this app, never another origin. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.home;
  return next;
}

export function signInPath(next?: string, expired = false): string {
  const query = new URLSearchParams();
  if (expired) query.set('expired', '1');
  if (next && next !== paths.home) query.set('next', next);
  const q = query.toString();
  return q ? `${paths.signIn}?${q}` : paths.signIn;
}
