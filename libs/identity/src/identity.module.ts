import { Module } from '@nestjs/common';
import { OutboxModule } from '@navet/outbox';
import { IdentityService } from './identity.service';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { RegistrationRateLimiter } from './registration-rate-limiter.service';
import { TokenService } from './token.service';

@Module({
  // Registration writes its confirmation e-mail request to the outbox.
  imports: [OutboxModule],
  providers: [IdentityService, TokenService, LoginRateLimiter, RegistrationRateLimiter],
  exports: [IdentityService, TokenService],
})
export class IdentityModule {}
