import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { badInput, newId, requireEmail, unauthenticated } from '@navet/core';
import { inTransaction } from '@navet/database';
import { OutboxWriter } from '@navet/outbox';
import { requireActor } from './domain/access';
import { Actor } from './domain/identity';
import { hashPassword, requireNewPassword, verifyPassword } from './domain/password';
import { passwordResetExpiry, passwordResetIdOf, passwordResetState } from './domain/password-reset';
import type { AuthResult } from './identity.service';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { PasswordResetRateLimiter } from './password-reset-rate-limiter.service';
import { toUser } from './persistence/identity.mappers';
import { insertPasswordReset, lockPasswordReset, usePasswordResets } from './persistence/password-reset.store';
import { UserEntity } from './persistence/user.entity';
import { SessionService } from './session.service';

const INVALID_RESET = 'This password reset link is invalid, used or expired; ask for a new one';

/** Sign-out, password change and password reset: the operations that end or replace sessions. */
@Injectable()
export class AccountSecurityService {
  private readonly logger = new Logger(AccountSecurityService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly sessions: SessionService,
    private readonly loginLimiter: LoginRateLimiter,
    private readonly resetLimiter: PasswordResetRateLimiter,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Revokes the session of the token used; the user's other sessions keep working. */
  async logout(actor: Actor | null, sessionId: string | null): Promise<boolean> {
    requireActor(actor);
    if (!sessionId) throw unauthenticated();
    await this.sessions.revoke(sessionId);
    return true;
  }

  /**
   * Checks the current password (a wrong one counts toward the sign-in throttle, as a failed login does),
   * sets the new one, revokes every other session and returns a fresh token. The token used keeps working.
   */
  async changePassword(
    actor: Actor | null,
    sessionId: string | null,
    input: { currentPassword: string; newPassword: string },
    ip: string,
  ): Promise<AuthResult> {
    const a = requireActor(actor);
    const newPassword = requireNewPassword('newPassword', input.newPassword);
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: a.userId });
    if (!user || user.erasedAt) throw unauthenticated();
    const key = user.email.trim().toLowerCase();
    await this.loginLimiter.beforeAttempt(key, ip);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword ?? ''))) {
      await this.loginLimiter.recordFailure(key, ip);
      throw badInput('currentPassword', 'The current password is wrong');
    }
    const passwordHash = await hashPassword(newPassword);
    const now = new Date();
    const accessToken = await inTransaction(this.ds, async (em) => {
      await em.update(UserEntity, { id: user.id }, { passwordHash, updatedAt: now });
      await this.sessions.revokeOthers(em, user.id, sessionId, now);
      return (await this.sessions.start(em, a, now)).accessToken;
    });
    await this.loginLimiter.recordSuccess(key, ip);
    this.logger.log({ userId: user.id }, 'password changed');
    return { accessToken, user: toUser(user) };
  }

  /**
   * Always true. For a known, not erased account (and within the per-address hourly share) stores a
   * reset and announces it through the outbox; the mailing job sends the link. An unknown address does
   * the same lookups and throttling, and only skips the insert.
   */
  async requestPasswordReset(emailInput: string, ip: string): Promise<boolean> {
    const email = requireEmail('email', emailInput ?? '');
    await this.resetLimiter.countRequest(ip);
    const mayMail = await this.resetLimiter.mayMail(email);
    const user = await this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email AND u.erased_at IS NULL', { email })
      .getOne();
    if (!user || !mayMail) return true;
    const now = new Date();
    const resetId = newId();
    await inTransaction(this.ds, async (em) => {
      await insertPasswordReset(em, { id: resetId, userId: user.id, expiresAt: passwordResetExpiry(now), now });
      await this.outbox.add(em, { type: 'password-reset.requested', payload: { resetId } });
    });
    this.logger.log({ resetId }, 'password reset requested');
    return true;
  }

  /** Redeems a reset token once: sets the password, uses up every open reset, revokes every session, signs in. */
  async resetPassword(token: string, newPasswordInput: string, now = new Date()): Promise<AuthResult> {
    const resetId = passwordResetIdOf(this.config.auth.jwtSecret, token ?? '');
    if (!resetId) throw badInput('token', INVALID_RESET);
    const newPassword = requireNewPassword('newPassword', newPasswordInput);
    const passwordHash = await hashPassword(newPassword);
    const result = await inTransaction(this.ds, async (em) => {
      const reset = await lockPasswordReset(em, resetId);
      if (!reset || passwordResetState(reset, now) !== 'USABLE') throw badInput('token', INVALID_RESET);
      const user = await em.findOne(UserEntity, { where: { id: reset.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user || user.erasedAt) throw badInput('token', INVALID_RESET);
      await em.update(UserEntity, { id: user.id }, { passwordHash, updatedAt: now });
      await usePasswordResets(em, user.id, now);
      await this.sessions.revokeOthers(em, user.id, null, now);
      const actor: Actor = { userId: user.id, organizationId: user.organizationId, role: user.role };
      const { accessToken } = await this.sessions.start(em, actor, now);
      return { accessToken, user: toUser(user) };
    });
    // No throttle to clear: failures count per (account, IP), so an attacker's guesses never held the owner back.
    this.logger.log({ userId: result.user.id, resetId }, 'password reset');
    return result;
  }
}
