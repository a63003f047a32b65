import { Module } from '@nestjs/common';
import { ProtectionRepository } from './protection.repository';
import { ProtectionService } from './protection.service';

/** Rounded atoms for figures about people, shared by the gap and appraisal views. */
@Module({
  providers: [ProtectionRepository, ProtectionService],
  exports: [ProtectionService],
})
export class ProtectionModule {}
