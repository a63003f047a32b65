import type { EmployeeQuery, EmployeeSummaryFragment } from '@web/gql/graphql';

export type EmployeeSummary = EmployeeSummaryFragment;
export type EmployeeProfile = NonNullable<EmployeeQuery['employee']>;
export type CompetenceStatus = EmployeeProfile['competences'][number];
export type QualificationItem = EmployeeProfile['qualifications'][number];
export type AssessmentItem = EmployeeProfile['assessments'][number];
