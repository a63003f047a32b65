import { Module } from '@nestjs/common';
import { CompetencesModule } from '../competences/competences.module';
import { EmployeesModule } from '../employees/employees.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { LoaderRegistry } from './loaders';

@Module({
  imports: [OrganisationModule, EmployeesModule, CompetencesModule],
  providers: [LoaderRegistry],
  exports: [LoaderRegistry],
})
export class LoadersModule {}
