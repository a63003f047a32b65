import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AuditExportController } from './audit-export.controller';

/** The audit log's download; apart from AuditModule, which AuthModule itself relies on. */
@Module({
  imports: [AuthModule],
  controllers: [AuditExportController],
})
export class AuditExportModule {}
