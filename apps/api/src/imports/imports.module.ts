import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { EmployeeImportRepository } from './employee-import.repository';
import { EmployeeImportService } from './employee-import.service';
import { ImportRunsRepository } from './import-runs.repository';
import { ImportUndoRepository } from './import-undo.repository';
import { ImportUndoService } from './import-undo.service';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { ImportsLoaderFactory } from './imports.loaders';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';
import { QualificationImportRepository } from './qualification-import.repository';
import { QualificationImportService } from './qualification-import.service';
import { ImportRunner } from './run-import';

@Module({
  imports: [AuthModule, OrganisationModule],
  controllers: [ImportsController],
  providers: [
    ImportsLoaderFactory,
    ImportsRepository,
    EmployeeImportRepository,
    QualificationImportRepository,
    EmployeeImportService,
    QualificationImportService,
    ImportRunner,
    ImportsService,
    ImportRunsRepository,
    ImportUndoRepository,
    ImportUndoService,
    ImportsResolver,
  ],
  exports: [ImportsLoaderFactory],
})
export class ImportsModule {}
