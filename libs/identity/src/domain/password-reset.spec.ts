import {
  PASSWORD_RESET_TTL_MS,
  passwordResetExpiry,
  passwordResetIdOf,
  passwordResetState,
  passwordResetToken,
} from './password-reset';

const secret = 's'.repeat(64);
const id = '0b6c2f3e-9d7a-4c1b-8e2f-3a4b5c6d7e8f';

describe('password reset rules', () => {
  it('a reset lasts exactly 30 minutes', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    expect(PASSWORD_RESET_TTL_MS).toBe(30 * 60 * 1000);
    expect(passwordResetExpiry(now).toISOString()).toBe('2026-12-07T12:30:00.000Z');
  });

  it('is usable until it expires, expired from the 30th minute on, and used once used', () => {
    const created = new Date('2026-12-07T12:00:00Z');
    const reset = { expiresAt: passwordResetExpiry(created), usedAt: null };
    expect(passwordResetState(reset, new Date('2026-12-07T12:29:59Z'))).toBe('USABLE');
    expect(passwordResetState(reset, new Date('2026-12-07T12:30:00Z'))).toBe('EXPIRED');
    expect(passwordResetState(reset, new Date('2026-12-07T13:00:00Z'))).toBe('EXPIRED');
    expect(passwordResetState({ ...reset, usedAt: new Date('2026-12-07T12:01:00Z') }, new Date('2026-12-07T12:02:00Z'))).toBe(
      'USED',
    );
  });

  it('a token names its reset id and carries a MAC that only the server secret produces', () => {
    const token = passwordResetToken(secret, id);
    expect(token.startsWith(`${id}.`)).toBe(true);
    expect(passwordResetIdOf(secret, token)).toBe(id);
    expect(passwordResetIdOf(secret, ` ${token} `)).toBe(id);
  });

  it('refuses a token with another secret, an altered MAC, another id or a malformed shape', () => {
    const token = passwordResetToken(secret, id);
    const [, macPart] = token.split('.') as [string, string];
    const otherId = '1b6c2f3e-9d7a-4c1b-8e2f-3a4b5c6d7e8f';
    expect(passwordResetIdOf('t'.repeat(64), token)).toBeNull();
    const altered = `${macPart[0] === 'A' ? 'B' : 'A'}${macPart.slice(1)}`;
    expect(passwordResetIdOf(secret, `${id}.${altered}`)).toBeNull();
    expect(passwordResetIdOf(secret, `${otherId}.${macPart}`)).toBeNull();
    for (const bad of ['', id, `${id}.`, `.${macPart}`, `not-an-id.${macPart}`, `${token}.extra`]) {
      expect(passwordResetIdOf(secret, bad)).toBeNull();
    }
  });
});
