import { Module } from '@nestjs/common';
import { GAP_FIELD_RESOLVERS } from './gap-fields.resolver';
import { GapsRepository } from './gaps.repository';
import { GapsResolver } from './gaps.resolver';
import { GapsService } from './gaps.service';

@Module({
  providers: [GapsRepository, GapsService, GapsResolver, ...GAP_FIELD_RESOLVERS],
})
export class GapsModule {}
