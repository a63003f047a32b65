import { forwardRef, Module } from '@nestjs/common';
import { AuthModule } from '../auth.module';
import { OidcController } from './oidc.controller';
import { OidcRepository } from './oidc.repository';
import { OidcService } from './oidc.service';

/** Single sign-on with an OpenID Connect provider; sessions come from AuthModule. */
@Module({
  // AuthModule imports this module in turn, so both sides name the other lazily.
  imports: [forwardRef(() => AuthModule)],
  controllers: [OidcController],
  providers: [OidcRepository, OidcService],
})
export class OidcModule {}
