import { Module } from '@nestjs/common';
import { OutboxModule } from '@navet/outbox';
import { AccountSecurityService } from './account-security.service';
import { BrowserSessionService } from './browser-session.service';
import { IdentityService } from './identity.service';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { PasswordResetRateLimiter } from './password-reset-rate-limiter.service';
import { QueueDashboardPassService } from './queue-dashboard-pass.service';
import { RefreshRateLimiter } from './refresh-rate-limiter.service';
import { RegistrationRateLimiter } from './registration-rate-limiter.service';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

/** Needs the global ConfigModule. */
@Module({
  // Registration and password resets write their e-mail requests to the outbox.
  imports: [OutboxModule],
  providers: [
    IdentityService,
    AccountSecurityService,
    SessionService,
    TokenService,
    LoginRateLimiter,
    PasswordResetRateLimiter,
    RegistrationRateLimiter,
    BrowserSessionService,
    RefreshRateLimiter,
    QueueDashboardPassService,
  ],
  exports: [
    IdentityService,
    AccountSecurityService,
    SessionService,
    TokenService,
    BrowserSessionService,
    RefreshRateLimiter,
    QueueDashboardPassService,
  ],
})
export class IdentityModule {}
