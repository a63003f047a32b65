import { Module } from '@nestjs/common';
import { AppraisalsModule } from '../appraisals/appraisals.module';
import { CompetencesModule } from '../competences/competences.module';
import { EmployeesModule } from '../employees/employees.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { LoaderRegistry } from './loaders';

@Module({
  imports: [
    OrganisationModule,
    EmployeesModule,
    CompetencesModule,
    AppraisalsModule,
  ],
  providers: [LoaderRegistry],
  exports: [LoaderRegistry],
})
export class LoadersModule {}
