import { Module } from '@nestjs/common';
import { AccountSecurityService } from './account-security.service';
import { IdentityService } from './identity.service';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { PasswordResetRateLimiter } from './password-reset-rate-limiter.service';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

/** Needs the global ConfigModule and OutboxModule (password resets are mailed through the outbox). */
@Module({
  providers: [IdentityService, AccountSecurityService, SessionService, TokenService, LoginRateLimiter, PasswordResetRateLimiter],
  exports: [IdentityService, AccountSecurityService, SessionService, TokenService],
})
export class IdentityModule {}
