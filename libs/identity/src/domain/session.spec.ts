import { sessionRefusal, StoredSession, TokenClaims } from './session';

const now = new Date('2026-12-07T12:00:00Z');
const claims: TokenClaims = {
  sub: 'user-1',
  org: 'org-1',
  role: 'BUYER',
  jti: 'session-1',
  iat: Math.floor(now.getTime() / 1000) - 60,
  exp: Math.floor(now.getTime() / 1000) + 3600,
};
const stored: StoredSession = {
  userId: 'user-1',
  organizationId: 'org-1',
  role: 'BUYER',
  expiresAt: new Date(now.getTime() + 3600_000),
  revokedAt: null,
  userErasedAt: null,
};

describe('sessionRefusal', () => {
  it('accepts a token whose session is live and whose claims match the user as stored', () => {
    expect(sessionRefusal(claims, stored, now)).toBeNull();
  });

  it('refuses an unknown session (a deleted user takes their sessions along)', () => {
    expect(sessionRefusal(claims, null, now)).toBe('UNKNOWN_SESSION');
  });

  it('refuses a session of another user than the token names', () => {
    expect(sessionRefusal({ ...claims, sub: 'user-2' }, stored, now)).toBe('OTHER_USER');
  });

  it('refuses a revoked session', () => {
    expect(sessionRefusal(claims, { ...stored, revokedAt: new Date(now.getTime() - 1) }, now)).toBe('REVOKED');
  });

  it('refuses once the session or the token has expired, at the instant of expiry', () => {
    expect(sessionRefusal(claims, { ...stored, expiresAt: now }, now)).toBe('EXPIRED');
    expect(sessionRefusal({ ...claims, exp: Math.floor(now.getTime() / 1000) }, stored, now)).toBe('EXPIRED');
    expect(sessionRefusal(claims, stored, new Date(now.getTime() + 3600_000 - 1000))).toBeNull();
  });

  it('refuses an erased user', () => {
    expect(sessionRefusal(claims, { ...stored, userErasedAt: now }, now)).toBe('USER_ERASED');
  });

  it('refuses claims that no longer match the user: another organization or role', () => {
    expect(sessionRefusal({ ...claims, org: 'org-2' }, stored, now)).toBe('OTHER_ORGANIZATION');
    expect(sessionRefusal({ ...claims, role: 'ADMIN' }, stored, now)).toBe('OTHER_ROLE');
  });
});
