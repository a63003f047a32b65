import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { ProtectionModule } from '../gaps/protection/protection.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { FundingReportRepository } from './funding-report.repository';
import { FundingReportResolver } from './funding-report.resolver';
import { FundingReportService } from './funding-report.service';
import { ParticipantOutcomesService } from './participant-outcomes.service';
import { ParticipationRepository } from './participation.repository';
import { ParticipationResolver } from './participation.resolver';
import { ParticipationService } from './participation.service';

/** Who takes part in measures, what completing documents, and the funding report. */
@Module({
  imports: [EmployeesModule, ProtectionModule, OrganisationModule],
  providers: [
    ParticipationRepository,
    ParticipationService,
    ParticipantOutcomesService,
    ParticipationResolver,
    FundingReportRepository,
    FundingReportService,
    FundingReportResolver,
  ],
  exports: [FundingReportService],
})
export class ParticipationModule {}
