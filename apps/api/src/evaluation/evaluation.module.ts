import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ProtectionModule } from '../gaps/protection/protection.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { EvaluationRepository } from './evaluation.repository';
import { EvaluationResolver } from './evaluation.resolver';
import { EvaluationService } from './evaluation.service';
import { MeasurementFileService } from './measurement-file.service';
import { MonthlyMeasurement } from './monthly-measurement';
import { SeptemberExportController } from './september-export.controller';

/** Indicators, baselines, measurements, run charts and the September view (docs/evaluation.md). */
@Module({
  imports: [AuthModule, OrganisationModule, ProtectionModule],
  controllers: [SeptemberExportController],
  providers: [
    EvaluationRepository,
    EvaluationService,
    MeasurementFileService,
    MonthlyMeasurement,
    EvaluationResolver,
  ],
  exports: [EvaluationService],
})
export class EvaluationModule {}
