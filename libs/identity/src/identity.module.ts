import { Module } from '@nestjs/common';
import { IdentityService } from './identity.service';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { RegistrationRateLimiter } from './registration-rate-limiter.service';
import { TokenService } from './token.service';

@Module({
  providers: [IdentityService, TokenService, LoginRateLimiter, RegistrationRateLimiter],
  exports: [IdentityService, TokenService],
})
export class IdentityModule {}
