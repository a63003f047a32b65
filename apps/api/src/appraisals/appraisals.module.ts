import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { CompetencesModule } from '../competences/competences.module';
import { ProtectionModule } from '../gaps/protection/protection.module';
import { AppraisalCyclesRepository } from './appraisal-cycles.repository';
import { AppraisalCyclesService } from './appraisal-cycles.service';
import { AppraisalEffectsRepository } from './appraisal-effects.repository';
import { AppraisalSignOffService } from './appraisal-sign-off.service';
import { AppraisalStatisticsRepository } from './appraisal-statistics.repository';
import { AppraisalStatisticsService } from './appraisal-statistics.service';
import { AppraisalsLoaderFactory } from './appraisals.loaders';
import { AppraisalsRepository } from './appraisals.repository';
import { APPRAISALS_RESOLVERS } from './appraisals.resolvers';
import { AppraisalsService } from './appraisals.service';

@Module({
  imports: [ProtectionModule, OrganisationModule, CompetencesModule, EmployeesModule],
  providers: [
    AppraisalsRepository,
    AppraisalCyclesRepository,
    AppraisalEffectsRepository,
    AppraisalStatisticsRepository,
    AppraisalsService,
    AppraisalSignOffService,
    AppraisalCyclesService,
    AppraisalStatisticsService,
    AppraisalsLoaderFactory,
    ...APPRAISALS_RESOLVERS,
  ],
  exports: [AppraisalsLoaderFactory],
})
export class AppraisalsModule {}
