import { Module } from '@nestjs/common';
import { IdentityService } from './identity.service';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { TokenService } from './token.service';

@Module({
  providers: [IdentityService, TokenService, LoginRateLimiter],
  exports: [IdentityService, TokenService],
})
export class IdentityModule {}
