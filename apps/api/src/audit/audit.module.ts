import { Global, Module } from '@nestjs/common';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

@Global()
@Module({
  providers: [AuditRepository, AuditService, AuditLogRepository, AuditLogResolver],
  exports: [AuditService, AuditRepository],
})
export class AuditModule {}
