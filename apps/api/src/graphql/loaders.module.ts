import { Module } from '@nestjs/common';
import { AppraisalsModule } from '../appraisals/appraisals.module';
import { CompetencesModule } from '../competences/competences.module';
import { EmployeesModule } from '../employees/employees.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { PlansModule } from '../plans/plans.module';
import { RequirementsModule } from '../requirements/requirements.module';
import { LoaderRegistry } from './loaders';

@Module({
  imports: [
    OrganisationModule,
    EmployeesModule,
    CompetencesModule,
    AppraisalsModule,
    RequirementsModule,
    PlansModule,
  ],
  providers: [LoaderRegistry],
  exports: [LoaderRegistry],
})
export class LoadersModule {}
