export const QUEUE_DASHBOARD_PATH = '/admin/queues';
/** The admin's pass (httpOnly, SameSite=Strict, Path=/admin/queues), set by POST /auth/queue-dashboard. */
export const QUEUE_DASHBOARD_COOKIE = 'navet_queues';
/** Where a browser without a pass is sent: the web app's sign-in, back to its admin screen afterwards. */
export const QUEUE_DASHBOARD_SIGN_IN = '/sign-in?next=/admin';
