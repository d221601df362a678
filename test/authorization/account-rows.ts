import { randomUUID } from 'node:crypto';
import { confirmationHash, newConfirmationToken, passwordResetToken } from '@navet/identity';
import { createAdmin, login, register, Session, verifiedBuyer } from '@navet/testing';
import { CellContext, MatrixRow, stateless } from './authorization-outcomes';

/*
 * The [E] account operations (issue 11). They act on the caller alone, so what matters is who may call
 * them at all. Those that revoke tokens or erase the caller run as a session of their own (`c.session`):
 * logout as a fresh sign-in of the actor's user; changePassword and eraseMyAccount as a fresh user of the
 * actor's kind, so the world's shared users and tokens survive. A deleted user's token stays refused.
 */

const NEW_PASSWORD = 'another-horse-battery';

/** A new user like the cell's actor (same kind, verified or not, admin), or null for anonymous / deleted. */
async function freshUserLike(c: CellContext): Promise<Session | null> {
  const { env, world, actor } = c;
  switch (actor) {
    case 'anonymous':
    case 'deletedUser':
      return null;
    case 'supplierA':
    case 'supplierB':
      return register(env, 'SUPPLIER');
    case 'unverifiedBuyer':
      return register(env, 'PUBLIC_BUYER');
    case 'admin': {
      const creds = await createAdmin(env);
      return login(env, creds.email, creds.password);
    }
    default:
      return verifiedBuyer(env, world.sessions.admin);
  }
}

/** Signs the cell in as a fresh user and returns its password (the deleted user's is the world's). */
async function asFreshUser(c: CellContext): Promise<string> {
  const user = await freshUserLike(c);
  if (user) c.session = user;
  return user?.password ?? c.world.sessions.buyerA.password;
}

export const ACCOUNT_QUERY_ROWS: MatrixRow[] = [
  {
    name: 'organizations',
    kind: 'Query',
    document: `{ organizations(verified: false, kind: PUBLIC_BUYER) { id name verified } }`,
    expect: stateless('U F F F F F F A'),
  },
  {
    name: 'exportMyData',
    kind: 'Query',
    document: `{ exportMyData }`,
    expect: stateless('U A A A A A A A'),
  },
];

export const ACCOUNT_MUTATION_ROWS: MatrixRow[] = [
  {
    name: 'logout',
    kind: 'Mutation',
    document: `mutation { logout }`,
    vars: async (c) => {
      if (c.actor !== 'anonymous' && c.actor !== 'deletedUser') {
        const own = c.world.sessions[c.actor];
        c.session = await login(c.env, own.email, own.password);
      }
      return {};
    },
    expect: stateless('U A A A A A A A'),
  },
  {
    name: 'changePassword',
    kind: 'Mutation',
    document: `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { accessToken } }`,
    vars: async (c) => ({ current: await asFreshUser(c), next: NEW_PASSWORD }),
    expect: stateless('U A A A A A A A'),
  },
  {
    name: 'eraseMyAccount',
    kind: 'Mutation',
    document: `mutation($password: String!) { eraseMyAccount(password: $password) }`,
    vars: async (c) => ({ password: await asFreshUser(c) }),
    expect: stateless('U A A A A A A A'),
  },
  {
    name: 'requestPasswordReset',
    kind: 'Mutation',
    document: `mutation($email: String!) { requestPasswordReset(email: $email) }`,
    vars: () => ({ email: `nobody-${randomUUID().slice(0, 8)}@example.test` }),
    expect: stateless('A A A A A A A A'),
  },
  {
    // The link's token is the authorization: whoever holds a valid one may use it, signed in or not.
    name: 'resetPassword',
    kind: 'Mutation',
    document: `mutation($token: String!, $next: String!) { resetPassword(token: $token, newPassword: $next) { accessToken } }`,
    vars: async (c) => {
      const user = await register(c.env, 'SUPPLIER');
      const resetId = randomUUID();
      await c.env.ds.query(
        `INSERT INTO password_resets (id, user_id, expires_at) VALUES ($1, $2, now() + interval '30 minutes')`,
        [resetId, user.userId],
      );
      return { token: passwordResetToken(c.env.config.auth.jwtSecret, resetId), next: NEW_PASSWORD };
    },
    expect: stateless('A A A A A A A A'),
  },
  {
    // Like a reset link, the e-mailed token is the authorization: signed in or not, it confirms once.
    name: 'confirmEmail',
    kind: 'Mutation',
    document: `mutation($token: String!) { confirmEmail(token: $token) }`,
    vars: async (c) => {
      const user = await register(c.env, 'SUPPLIER');
      const token = newConfirmationToken();
      await c.env.ds.query(`UPDATE users SET email_confirmed_at = NULL, email_confirmation_hash = $2 WHERE id = $1`, [
        user.userId,
        confirmationHash(token),
      ]);
      return { token };
    },
    expect: stateless('A A A A A A A A'),
  },
];
