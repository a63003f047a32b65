import type {
  FundingSource,
  MeasureKind,
  MeasureProvider,
  MeasureStatus,
  MeasureStrategy,
  PlanStatus,
} from '@web/gql/graphql';

/**
 * The plans' fixed lists in the order the pages show them (the API's enums sort them by
 * name); the Norwegian names are in the message files (`plans.strategy.ACQUIRE` …).
 */
export const STRATEGIES: readonly MeasureStrategy[] = [
  'ACQUIRE',
  'DEVELOP',
  'MOBILISE',
  'PHASE_OUT',
];

export const MEASURE_KINDS: readonly MeasureKind[] = [
  'COURSE',
  'FURTHER_EDUCATION',
  'HOSPITATION',
  'E_LEARNING',
  'PROFESSIONAL_DAY',
  'NETWORK',
  'RECRUITMENT',
  'JOB_ROTATION',
  'KNOWLEDGE_SHARING',
  'CERTIFICATE_RENEWAL',
];

export const PROVIDERS: readonly MeasureProvider[] = [
  'OWN_STAFF',
  'OTHER_MUNICIPALITY',
  'HOSPITAL',
  'UNIVERSITY_COLLEGE',
];

export const FUNDING_SOURCES: readonly FundingSource[] = [
  'OWN_BUDGET',
  'COMPETENCE_GRANT',
  'OTHER',
];

export const MEASURE_STATUSES: readonly MeasureStatus[] = [
  'PLANNED',
  'OPEN',
  'RUNNING',
  'COMPLETED',
  'CANCELLED',
];

export const PLAN_STATUSES: readonly PlanStatus[] = ['DRAFT', 'ADOPTED', 'CLOSED'];

export type {
  FundingSource,
  MeasureKind,
  MeasureProvider as Provider,
  MeasureStatus,
  MeasureStrategy as Strategy,
  PlanStatus,
};
