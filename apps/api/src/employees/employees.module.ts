import { Module } from '@nestjs/common';
import { CompetencesModule } from '../competences/competences.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentsResolver } from './assessments.resolver';
import { AssessmentsService } from './assessments.service';
import {
  AssessmentCompetenceResolver,
  CompetenceStatusResolver,
  QualificationCompetenceResolver,
} from './competence-links.resolver';
import { EmployeesLoaderFactory } from './employees.loaders';
import { EmployeesRepository } from './employees.repository';
import { EmployeesResolver } from './employees.resolver';
import { EmployeesService } from './employees.service';
import { QualificationsRepository } from './qualifications.repository';
import { QualificationsResolver } from './qualifications.resolver';
import { QualificationsService } from './qualifications.service';

@Module({
  imports: [OrganisationModule, CompetencesModule],
  providers: [
    EmployeesRepository,
    QualificationsRepository,
    AssessmentsRepository,
    EmployeesService,
    QualificationsService,
    AssessmentsService,
    EmployeesLoaderFactory,
    EmployeesResolver,
    QualificationsResolver,
    AssessmentsResolver,
    CompetenceStatusResolver,
    QualificationCompetenceResolver,
    AssessmentCompetenceResolver,
  ],
  exports: [
    EmployeesLoaderFactory,
    EmployeesRepository,
    AssessmentsRepository,
    QualificationsRepository,
  ],
})
export class EmployeesModule {}
