import type { Type } from '@nestjs/common';
import { AssessmentsResolver } from './assessments.resolver';
import {
  AssessmentCompetenceResolver,
  CompetenceStatusResolver,
  QualificationCompetenceResolver,
} from './competence-links.resolver';
import { EmployeesResolver } from './employees.resolver';
import { QualificationsResolver } from './qualifications.resolver';

/** This feature's resolver classes, for printing the schema (graphql/resolvers.ts). */
export const EMPLOYEES_RESOLVERS: Type[] = [
  EmployeesResolver,
  QualificationsResolver,
  AssessmentsResolver,
  CompetenceStatusResolver,
  QualificationCompetenceResolver,
  AssessmentCompetenceResolver,
];
