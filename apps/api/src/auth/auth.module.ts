import { forwardRef, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { OidcModule } from './oidc/oidc.module';
import { PolicyGuard } from './policy.guard';
import { SessionRepository } from './session.repository';

@Module({
  imports: [forwardRef(() => OidcModule)],
  providers: [
    SessionRepository,
    LoginThrottleRepository,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
